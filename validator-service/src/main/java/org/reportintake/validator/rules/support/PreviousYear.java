package org.reportintake.validator.rules.support;

import org.reportintake.model.report.AnnualReport;
import org.reportintake.validator.rules.CheckedReport;

/** Whether the previous-year report in the context can be compared with the report under validation. */
public enum PreviousYear {
    /** No previous report was given. */
    NONE,
    /** The given report is not for year N-1 (or either year is unknown). */
    WRONG_YEAR,
    /** A report for year N-1. */
    USABLE;

    public static PreviousYear of(CheckedReport report) {
        AnnualReport previous = report.previousYear();
        if (previous == null) {
            return NONE;
        }
        Integer year = report.year();
        Integer previousYear = previous.metadata() == null ? null : previous.metadata().reportYear();
        if (year == null || previousYear == null || previousYear != year - 1) {
            return WRONG_YEAR;
        }
        return USABLE;
    }

    public static Integer yearOf(AnnualReport report) {
        return report == null || report.metadata() == null ? null : report.metadata().reportYear();
    }
}
