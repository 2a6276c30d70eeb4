package org.reportintake.notifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;
import org.reportintake.model.event.ReportHeadline;
import org.reportintake.model.event.ReportSubmitted;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.StoredFileRef;
import org.reportintake.model.event.SubmissionSource;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;

/** Verdict events as the validator publishes them, for seed 000's agency. */
final class NoticeFixtures {

    static final String AGENCY_NAME = "高安市行政服务中心管委会";

    private NoticeFixtures() {
    }

    /** What the parser could not read with confidence: the verdict NEEDS_REVIEW, never the agency's error. */
    static final String READING_PROBLEM_ZH = "表三第4行未能可靠对应到表头，数字可能错位";

    static ReportValidated verdict(Verdict verdict, boolean dryRun, String contactEmailInReport) {
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID().toString(), "agency-" + UUID.randomUUID(),
                SubmissionSource.PORTAL, "2023年报.docx", "text/plain", 10, "00".repeat(32),
                new StoredFileRef("submissions", "0"), dryRun, null, null, Instant.now());
        List<Finding> findings = switch (verdict) {
            case ACCEPTED -> List.of(new Finding("T1", Severity.WARN, "正文所述现行有效件数与表二不一致",
                    "Text and table 二 disagree", null, BigDecimal.valueOf(26), BigDecimal.valueOf(27),
                    BigDecimal.valueOf(-1), "核对", "Check"));
            case REJECTED -> List.of(a1("自然人"), a1("总计"), n2());
            // REVIEW wins over REJECT: a rejection that may come from our misreading is never sent.
            case NEEDS_REVIEW -> List.of(new Finding("P7", Severity.REVIEW, READING_PROBLEM_ZH,
                    "Row 4 of table 三 could not be matched to the header with confidence",
                    new FindingLocation("三、收到和处理政府信息公开申请情况", "三", null, null), null, null, null,
                    "人工核对表三", "Check table 三 by hand"), a1("自然人"), n2());
            case LEGACY -> List.of(new Finding("L0", Severity.INFO, "2018年及以前格式的年报，未做格式校验",
                    "Pre-2019 report, not checked", null, null, null, null, null, null));
        };
        int year = verdict == Verdict.LEGACY ? 2017 : 2023;
        TemplateVersion format = verdict == Verdict.LEGACY ? TemplateVersion.LEGACY : TemplateVersion.V30;
        return new ReportValidated(submitted, verdict, findings,
                new ReportHeadline(AGENCY_NAME + year + "年政府信息公开工作年度报告", AGENCY_NAME, year, format,
                        contactEmailInReport), Instant.now());
    }

    /** The same verdict for a submission received at {@code receivedAt} (or unknown), whose report has this title. */
    static ReportValidated withReceivedAtAndTitle(ReportValidated v, Instant receivedAt, String title) {
        ReportSubmitted s = v.submission();
        ReportSubmitted at = new ReportSubmitted(s.submissionId(), s.agencyId(), s.source(), s.fileName(), s.mediaType(),
                s.size(), s.sha256(), s.file(), s.dryRun(), s.sourceUrl(), s.publishedOn(), receivedAt);
        ReportHeadline h = v.headline();
        return new ReportValidated(at, v.verdict(), v.findings(),
                new ReportHeadline(title, h.agencyName(), h.reportYear(), h.templateVersion(), h.contactEmail()),
                v.validatedAt());
    }

    private static Finding n2() {
        return new Finding("N2", Severity.WARN, "表三有空白单元格", "Blank cells in table 三", null, null, null, null,
                "空白处填0", "Fill in 0");
    }

    private static Finding a1(String column) {
        return new Finding("A1", Severity.REJECT,
                "表三“" + column + "”列：总计 + 结转下年度 = 0，但新收 + 上年结转 = 2",
                "Table 三 column " + column + ": total + carried forward = 0 but new + carried over = 2",
                new FindingLocation("三、收到和处理政府信息公开申请情况", "三", null, column),
                BigDecimal.ZERO, BigDecimal.valueOf(2), BigDecimal.valueOf(-2),
                "核对该列各项数字，使第一项加第二项之和等于第三项加第四项之和。", "Make 一 + 二 equal 三（七） + 四 in the column.");
    }
}
