package org.reportintake.model.report;

import java.util.List;
import java.util.Optional;

/**
 * A government information disclosure annual report (政府信息公开工作年度报告) as read by the parser.
 * Tables may be null when they were not found; the validator reports that.
 *
 * @param metadata    what the report says about itself
 * @param sections    the sections found, in document order
 * @param disclosures table 二
 * @param applications table 三
 * @param cases       table 四
 * @param claims      numbers stated in the narrative
 * @param readingIssues what the parser could not read with confidence (empty when it read everything)
 */
public record AnnualReport(
        ReportMetadata metadata,
        List<ReportSection> sections,
        DisclosureTable disclosures,
        ApplicationTable applications,
        CaseTable cases,
        List<NarrativeClaim> claims,
        List<ReadingIssue> readingIssues) {

    public AnnualReport {
        readingIssues = readingIssues == null ? List.of() : List.copyOf(readingIssues);
    }

    /** A report read without any reading issue. */
    public AnnualReport(ReportMetadata metadata, List<ReportSection> sections, DisclosureTable disclosures,
            ApplicationTable applications, CaseTable cases, List<NarrativeClaim> claims) {
        this(metadata, sections, disclosures, applications, cases, claims, List.of());
    }

    public Optional<ReportSection> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
