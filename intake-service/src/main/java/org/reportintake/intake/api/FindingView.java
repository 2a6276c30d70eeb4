package org.reportintake.intake.api;

import java.math.BigDecimal;

import org.reportintake.model.event.Finding;

import io.quarkus.qute.TemplateData;

/** One finding as the API shows it. */
@TemplateData
public record FindingView(String ruleId, String severity, String messageZh, String messageEn, Location location,
        BigDecimal reported, BigDecimal computed, BigDecimal difference, String hintZh, String hintEn) {

    /** Where in the report. */
    @TemplateData
    public record Location(String section, String table, String rowLabel, String columnLabel) {
    }

    public static FindingView of(Finding f) {
        Location location = f.location() == null ? null
                : new Location(f.location().section(), f.location().table(), f.location().rowLabel(), f.location().columnLabel());
        return new FindingView(f.ruleId(), f.severity().name(), f.messageZh(), f.messageEn(), location, f.reported(),
                f.computed(), f.difference(), f.hintZh(), f.hintEn());
    }
}
