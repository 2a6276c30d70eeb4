package org.reportintake.validator.rules.publication;

import java.time.ZoneId;
import java.util.List;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.Severity;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.CheckedReport;
import org.reportintake.validator.rules.PublicationChange;
import org.reportintake.validator.rules.ReportRule;
import org.reportintake.validator.rules.RuleCategory;
import org.reportintake.validator.rules.RuleSpec;
import org.reportintake.validator.rules.support.Locations;

/**
 * P3: the crawler found different content at an address where it had already seen this report (CASS 2016
 * "发布后有变动"). The new content is still validated as the current version; the change itself is the finding.
 */
public final class AlteredAfterPublicationRule implements ReportRule {

    private static final RuleSpec SPEC = RuleSpec.builder("P3", RuleCategory.PUBLICATION)
            .versions(TemplateVersion.V30, TemplateVersion.V60, TemplateVersion.LEGACY, TemplateVersion.UNKNOWN)
            .title("发布后内容未被改动", "Not altered after publication")
            .hint("年度报告公开后不应直接改动；确需更正的，应发布更正说明并保留原版本可查。",
                    "A published report should not be silently edited; publish a correction notice and keep the original.")
            .message("altered", Severity.WARN, "该报告于 {firstSeen} 首次在 {url} 被发现，之后内容被修改（原内容摘要 {previous}）。",
                    "The report at {url}, first seen on {firstSeen}, was altered afterwards (previous content hash {previous}).")
            .build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<Finding> check(CheckedReport report) {
        PublicationChange change = report.publicationChange();
        if (change == null) {
            return List.of();
        }
        String previous = change.previousSha256() == null ? "—"
                : change.previousSha256().substring(0, Math.min(12, change.previousSha256().length()));
        return List.of(SPEC.finding("altered")
                .with("url", change.sourceUrl())
                .with("firstSeen", change.firstSeenAt() == null ? "—"
                        : change.firstSeenAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .with("previous", previous)
                .at(Locations.report()).build());
    }
}
