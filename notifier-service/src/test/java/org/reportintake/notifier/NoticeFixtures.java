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

    static ReportValidated verdict(Verdict verdict, boolean dryRun, String contactEmailInReport) {
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID().toString(), "agency-" + UUID.randomUUID(),
                SubmissionSource.PORTAL, "2023年报.docx", "text/plain", 10, "00".repeat(32),
                new StoredFileRef("submissions", "0"), dryRun, null, null, Instant.now());
        List<Finding> findings = verdict == Verdict.ACCEPTED
                ? List.of(new Finding("T1", Severity.WARN, "正文所述现行有效件数与表二不一致", "Text and table 二 disagree",
                        null, BigDecimal.valueOf(26), BigDecimal.valueOf(27), BigDecimal.valueOf(-1), "核对", "Check"))
                : List.of(
                        a1("自然人"),
                        a1("总计"),
                        new Finding("N2", Severity.WARN, "表三有空白单元格", "Blank cells in table 三", null, null, null, null,
                                "空白处填0", "Fill in 0"));
        return new ReportValidated(submitted, verdict, findings,
                new ReportHeadline(AGENCY_NAME + "2023年政府信息公开工作年度报告", AGENCY_NAME, 2023,
                        TemplateVersion.V30, contactEmailInReport), Instant.now());
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
