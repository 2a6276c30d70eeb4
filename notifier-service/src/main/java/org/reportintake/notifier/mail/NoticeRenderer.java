package org.reportintake.notifier.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Agencies read times in Beijing time, whatever zone the service runs in. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter RECEIVED_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Map<NoticeType, Template> texts = new EnumMap<>(NoticeType.class);
    private final Map<NoticeType, Template> htmls = new EnumMap<>(NoticeType.class);
    private final String portalUrl;

    public NoticeRenderer(@Location("rejection.txt") Template rejectionText, @Location("rejection.html") Template rejectionHtml,
            @Location("acceptance.txt") Template acceptanceText, @Location("acceptance.html") Template acceptanceHtml,
            @Location("review-receipt.txt") Template reviewText, @Location("review-receipt.html") Template reviewHtml,
            @Location("legacy-receipt.txt") Template legacyText, @Location("legacy-receipt.html") Template legacyHtml,
            @ConfigProperty(name = "notifier.portal-url") String portalUrl) {
        put(NoticeType.REJECTION, rejectionText, rejectionHtml);
        put(NoticeType.ACCEPTANCE, acceptanceText, acceptanceHtml);
        put(NoticeType.REVIEW_RECEIPT, reviewText, reviewHtml);
        put(NoticeType.LEGACY_RECEIPT, legacyText, legacyHtml);
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    private void put(NoticeType type, Template text, Template html) {
        texts.put(type, text);
        htmls.put(type, html);
    }

    public NoticeContent render(NoticeType type, ReportValidated event, Optional<AgencyContact> agency) {
        String agencyName = agencyName(event, agency);
        Integer year = event.headline() == null ? null : event.headline().reportYear();
        String subject = subject(type, agencyName, year);
        LocalDate deadline = year == null ? null
                : CorrectionDeadline.forReport(year, agency.map(AgencyContact::issuerType).orElse(null), agencyName);
        List<Finding> rejects = bySeverity(event, Severity.REJECT);
        List<Finding> warnings = bySeverity(event, Severity.WARN);
        return new NoticeContent(subject,
                fill(texts.get(type).instance(), subject, agencyName, year, deadline, rejects, warnings, event).render(),
                fill(htmls.get(type).instance(), subject, agencyName, year, deadline, rejects, warnings, event).render());
    }

    private static String subject(NoticeType type, String agencyName, Integer year) {
        String report = agencyName + (year == null ? "" : year + "年") + "政府信息公开工作年度报告";
        return switch (type) {
            case REJECTION -> "【需更正】" + report + "未通过校验 / Annual report rejected";
            case ACCEPTANCE -> "【回执】" + report + "已通过校验 / Annual report accepted";
            case REVIEW_RECEIPT -> "【已收到，待人工复核】" + report + " / Annual report received, under review";
            case LEGACY_RECEIPT -> "【已收到，历史格式年报】" + report + " / Annual report received, pre-2019 format";
        };
    }

    private TemplateInstance fill(TemplateInstance t, String subject, String agencyName, Integer year, LocalDate deadline,
            List<Finding> rejects, List<Finding> warnings, ReportValidated event) {
        Instant received = event.submission().submittedAt();
        return t.data("subject", subject)
                .data("agencyName", agencyName)
                .data("year", year)
                .data("title", event.headline() == null ? null : blankToNull(event.headline().title()))
                .data("statusZh", event.verdict() == null ? null : event.verdict().labelZh())
                .data("receivedAt", received == null ? null : RECEIVED_ZH.format(received.atZone(BEIJING)) + "（北京时间）")
                .data("receivedAtIso", received == null ? null : received.atZone(BEIJING).toOffsetDateTime().toString())
                .data("deadline", deadline == null ? null
                        : deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日")
                .data("deadlineIso", deadline == null ? null : deadline.toString())
                .data("fileName", event.submission().fileName())
                .data("submissionId", event.submission().submissionId())
                .data("rejects", rejects)
                .data("warnings", warnings)
                .data("submissionUrl", portalUrl + "/submissions/" + event.submission().submissionId());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
