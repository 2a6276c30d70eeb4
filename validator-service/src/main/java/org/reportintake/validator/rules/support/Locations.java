package org.reportintake.validator.rules.support;

import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.SectionKind;

/** Canonical locations of findings: section heading, table, row and column labels. */
public final class Locations {

    public static final String TABLE_DISCLOSURES = "二";
    public static final String TABLE_APPLICATIONS = "三";
    public static final String TABLE_CASES = "四";

    private Locations() {
    }

    public static FindingLocation report() {
        return new FindingLocation(null, null, null, null);
    }

    public static FindingLocation section(SectionKind kind) {
        return new FindingLocation(kind.canonicalHeading(), null, null, null);
    }

    public static FindingLocation disclosures(DisclosureRow row, DisclosureColumn column) {
        return new FindingLocation(SectionKind.ACTIVE_DISCLOSURE.canonicalHeading(), TABLE_DISCLOSURES,
                row == null ? null : row.label(), column == null ? null : column.label());
    }

    public static FindingLocation applications(ApplicationRow row, ApplicantColumn column) {
        return new FindingLocation(SectionKind.APPLICATIONS.canonicalHeading(), TABLE_APPLICATIONS,
                row == null ? null : row.label(), column == null ? null : column.label());
    }

    public static FindingLocation cases(CaseGroup group, CaseOutcome outcome) {
        return new FindingLocation(SectionKind.REVIEW_AND_LITIGATION.canonicalHeading(), TABLE_CASES,
                group == null ? null : group.label(), outcome == null ? null : outcome.label());
    }
}
