package org.reportintake.notifier.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reportintake.model.event.Finding;
import org.reportintake.model.event.ReportValidated;
import org.reportintake.model.event.Severity;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** Renders the rejection notice an agency receives. */
@ApplicationScoped
public class RejectionNoticeRenderer {

    private final Template text;
    private final String portalUrl;

    public RejectionNoticeRenderer(@Location("rejection.txt") Template text,
            @ConfigProperty(name = "notifier.portal-url") String portalUrl) {
        this.text = text;
        this.portalUrl = portalUrl;
    }

    public NoticeContent render(ReportValidated event) {
        List<Finding> rejects = event.findings().stream().filter(f -> f.severity() == Severity.REJECT).toList();
        List<Finding> warnings = event.findings().stream().filter(f -> f.severity() == Severity.WARN).toList();
        String agencyName = event.headline() != null && event.headline().agencyName() != null
                ? event.headline().agencyName() : event.submission().agencyId();
        Integer year = event.headline() == null ? null : event.headline().reportYear();
        String subject = "【需更正】" + agencyName + (year == null ? "" : year + "年") + "政府信息公开工作年度报告未通过校验"
                + " / Annual report rejected";
        String body = text
                .data("agencyName", agencyName)
                .data("year", year)
                .data("fileName", event.submission().fileName())
                .data("submissionId", event.submission().submissionId())
                .data("rejects", rejects)
                .data("warnings", warnings)
                .data("submissionUrl", portalUrl + "/submissions/" + event.submission().submissionId())
                .render();
        return new NoticeContent(subject, body);
    }
}
