package org.reportintake.model.report;

/** The table format a report uses, detected from its tables (not from the notice it cites). */
public enum TemplateVersion {
    /** 国办公开办函〔2021〕30号, reports for 2021 onward. */
    V30,
    /** 国办公开办函〔2019〕60号, reports for 2019 and 2020. */
    V60,
    /** Pre-2019 reports with a 政府信息公开情况统计表 and no national table. */
    LEGACY,
    /** No table format could be recognised. */
    UNKNOWN
}
