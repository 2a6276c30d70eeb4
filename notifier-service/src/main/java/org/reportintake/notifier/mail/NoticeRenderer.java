package org.reportintake.notifier.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;
import org.reportintake.notifier.directory.AgencyContact;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** Renders the notices an agency receives, in Chinese with an English summary, as text and HTML. */
@ApplicationScoped
public class NoticeRenderer {

    private final Template rejectionText;
    private final Template rejectionHtml;
    private final Template acceptanceText;
    private final Template acceptanceHtml;
    private final String portalUrl;

    public NoticeRenderer(@Location("rejection.txt") Template rejectionText, @Location("rejection.html") Template rejectionHtml,
            @Location("acceptance.txt") Template acceptanceText, @Location("acceptance.html") Template acceptanceHtml,
            @ConfigProperty(name = "notifier.portal-url") String portalUrl) {
        this.rejectionText = rejectionText;
        this.rejectionHtml = rejectionHtml;
        this.acceptanceText = acceptanceText;
        this.acceptanceHtml = acceptanceHtml;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public NoticeContent render(NoticeType type, ReportValidated event, Optional<AgencyContact> agency) {
        String agencyName = agencyName(event, agency);
        Integer year = event.headline() == null ? null : event.headline().reportYear();
        String yearPart = year == null ? "" : year + "年";
        String subject = type == NoticeType.REJECTION
                ? "【需更正】" + agencyName + yearPart + "政府信息公开工作年度报告未通过校验 / Annual report rejected"
                : "【回执】" + agencyName + yearPart + "政府信息公开工作年度报告已通过校验 / Annual report accepted";
        LocalDate deadline = year == null ? null
                : CorrectionDeadline.forReport(year, agency.map(AgencyContact::issuerType).orElse(null), agencyName);
        List<Finding> rejects = bySeverity(event, Severity.REJECT);
        List<Finding> warnings = bySeverity(event, Severity.WARN);
        Template text = type == NoticeType.REJECTION ? rejectionText : acceptanceText;
        Template html = type == NoticeType.REJECTION ? rejectionHtml : acceptanceHtml;
        return new NoticeContent(subject,
                fill(text.instance(), subject, agencyName, year, deadline, rejects, warnings, event).render(),
                fill(html.instance(), subject, agencyName, year, deadline, rejects, warnings, event).render());
    }

    private TemplateInstance fill(TemplateInstance t, String subject, String agencyName, Integer year, LocalDate deadline,
            List<Finding> rejects, List<Finding> warnings, ReportValidated event) {
        return t.data("subject", subject)
                .data("agencyName", agencyName)
                .data("year", year)
                .data("deadline", deadline == null ? null
                        : deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日")
                .data("deadlineIso", deadline == null ? null : deadline.toString())
                .data("fileName", event.submission().fileName())
                .data("submissionId", event.submission().submissionId())
                .data("rejects", rejects)
                .data("warnings", warnings)
                .data("submissionUrl", portalUrl + "/submissions/" + event.submission().submissionId());
    }

    private static List<Finding> bySeverity(ReportValidated event, Severity severity) {
        return event.findings().stream().filter(f -> f.severity() == severity).toList();
    }

    private static String agencyName(ReportValidated event, Optional<AgencyContact> agency) {
        if (agency.isPresent() && agency.get().name() != null) {
            return agency.get().name();
        }
        if (event.headline() != null && event.headline().agencyName() != null) {
            return event.headline().agencyName();
        }
        return event.submission().agencyId();
    }
}
