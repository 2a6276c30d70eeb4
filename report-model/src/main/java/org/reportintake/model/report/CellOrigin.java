package org.reportintake.model.report;

/** Where a cell's value came from, so that findings and pages can say when it was not simply read. */
public enum CellOrigin {
    /** Read from its own table cell. */
    READ,
    /**
     * Recovered from a flattened run of digits (cell boundaries lost): the only split of the run that satisfies
     * the table's arithmetic and the narrative.
     */
    RECOVERED,
    /** Left blank in the report and computed from the other cells (e.g. a blank 总计 from the applicant columns). */
    COMPUTED,
    /** A value we could not read with confidence; never the basis of a rejection. */
    UNCERTAIN
}
