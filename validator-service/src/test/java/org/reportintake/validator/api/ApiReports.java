package org.reportintake.validator.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.reportintake.model.event.ReportParsed;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.rules.fixtures.ReportBuilder;
import org.reportintake.validator.rules.fixtures.ReportFixtures;

/** Parsed reports for the API tests: the consistent V30 fixture for any year, or the same with table 三 broken. */
final class ApiReports {

    static final String TOKEN = "Bearer local-admin-token";

    private ApiReports() {
    }

    static String newAgency() {
        return "agency-" + UUID.randomUUID();
    }

    static ReportSubmitted submitted(String agency, Instant at, boolean dryRun) {
        return new ReportSubmitted(UUID.randomUUID().toString(), agency, SubmissionSource.PORTAL, "report.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1024,
                UUID.randomUUID().toString().replace("-", ""), new StoredFileRef("submissions", "0"), dryRun, null,
                null, at);
    }

    /** 6 new applications (总计), 1 carried over; accepted. */
    static ReportParsed sound(ReportSubmitted submission, int year) {
        return ReportParsed.success(submission, ofYear(year).build(), Instant.now());
    }

    /** 本年新收 总计 written as 7 while the columns add up to 6: rejected under A1 and A3. */
    static ReportParsed broken(ReportSubmitted submission, int year) {
        AnnualReport report = ofYear(year).applications(ApplicationRow.NEW_RECEIVED, 5, 1, 0, 0, 0, 0, 7).build();
        return ReportParsed.success(submission, report, Instant.now());
    }

    private static ReportBuilder ofYear(int year) {
        return ReportFixtures.v30()
                .title(ReportFixtures.AGENCY + year + "年政府信息公开工作年度报告", ReportFixtures.AGENCY)
                .year(year)
                .period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .signatureDate(LocalDate.of(year + 1, 1, 20));
    }
}
