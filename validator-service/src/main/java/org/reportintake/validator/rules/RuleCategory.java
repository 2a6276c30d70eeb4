package org.reportintake.validator.rules;

/** The families of rules, as in the domain document's rule table (section 4). */
public enum RuleCategory {
    /** The document could not be read as a report at all. */
    PARSE("解析", "Parsing"),
    /** Year, template version, sections and table shapes (S). */
    STRUCTURE("结构", "Structure"),
    /** Cell contents (N). */
    NUMBERS("数值", "Numbers"),
    /** Arithmetic between cells, within the report and across years (A). */
    ARITHMETIC("勾稽关系", "Arithmetic"),
    /** Numbers in the text against the tables (T). */
    TEXT("文表一致", "Text and tables"),
    /** Required content and consistency of the text (C). */
    CONTENT("内容", "Content"),
    /** Publication (P). */
    PUBLICATION("发布", "Publication"),
    /** The engine itself: a rule that could not be evaluated. */
    ENGINE("校验引擎", "Validation engine");

    private final String labelZh;
    private final String labelEn;

    RuleCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
