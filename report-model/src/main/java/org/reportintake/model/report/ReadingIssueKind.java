package org.reportintake.model.report;

/** Kinds of problem the parser had reading a report that it could not resolve itself. Never renumber or reuse. */
public enum ReadingIssueKind {
    /** Something looks like a report table but its rows or columns could not be mapped with confidence. */
    TABLE_NOT_MAPPED,
    /** A flattened run of digits has several splits that satisfy the table's arithmetic. */
    FLATTENED_AMBIGUOUS,
    /** A flattened run of digits has no split that satisfies the table's arithmetic. */
    FLATTENED_UNSOLVED,
    /** A cell could not be read with confidence (e.g. a flattened table-二 run the narrative does not confirm). */
    UNCERTAIN_CELL,
    /** OCR read the page with low confidence. */
    LOW_OCR_CONFIDENCE
}
