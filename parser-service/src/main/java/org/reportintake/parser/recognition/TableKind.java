package org.reportintake.parser.recognition;

/** Which report table a document table holds. */
enum TableKind {
    /** 二 主动公开政府信息情况 */
    DISCLOSURES,
    /** 三 收到和处理政府信息公开申请情况 */
    APPLICATIONS,
    /** 四 行政复议、行政诉讼 */
    CASES,
    /** 政府信息公开情况统计表 of pre-2019 reports */
    LEGACY_STATISTICS
}
