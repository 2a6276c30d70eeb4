package org.reportintake.model.report;

/** The format notice a report cites in its text. */
public enum FormatNotice {
    /** 国办公开办函〔2021〕30号 */
    GUOBAN_2021_30("〔2021〕30号"),
    /** 国办公开办函〔2019〕60号 */
    GUOBAN_2019_60("〔2019〕60号"),
    NONE("");

    private final String citation;

    FormatNotice(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
