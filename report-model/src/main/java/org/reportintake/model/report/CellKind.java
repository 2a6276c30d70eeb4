package org.reportintake.model.report;

/** What a table cell holds. A blank or placeholder is never silently turned into 0. */
public enum CellKind {
    /** A whole number. */
    INTEGER,
    /** A decimal number (money). */
    DECIMAL,
    /** Nothing written. */
    BLANK,
    /** A placeholder such as "—", "-", "/", "无". */
    PLACEHOLDER,
    /** Text that is not a number. */
    UNPARSEABLE
}
