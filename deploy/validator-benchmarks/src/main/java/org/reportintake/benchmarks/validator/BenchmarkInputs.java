package org.reportintake.benchmarks.validator;

import org.reportintake.model.agency.IssuerType;
import org.reportintake.validator.rules.ValidationContext;

/** The validation context of each benchmark case. */
public final class BenchmarkInputs {

    private BenchmarkInputs() {
    }

    public static ValidationContext context(boolean consistent) {
        return new ValidationContext(consistent ? BenchmarkReports.consistent() : BenchmarkReports.broken(),
                BenchmarkReports.previousYear(), IssuerType.DEPARTMENT, null);
    }
}
