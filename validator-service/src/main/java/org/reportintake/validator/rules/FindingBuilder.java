package org.reportintake.validator.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reportintake.model.event.Finding;
import org.reportintake.model.event.FindingLocation;

/** Renders one finding of one rule: parameters, location and values. */
public final class FindingBuilder {

    private final RuleSpec spec;
    private final MessageTemplate template;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private FindingLocation location = new FindingLocation(null, null, null, null);
    private BigDecimal reported;
    private BigDecimal computed;

    FindingBuilder(RuleSpec spec, MessageTemplate template) {
        this.spec = spec;
        this.template = template;
    }

    public FindingBuilder with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public FindingBuilder at(FindingLocation location) {
        this.location = location;
        return this;
    }

    public FindingBuilder at(String section, String table, String rowLabel, String columnLabel) {
        return at(new FindingLocation(section, table, rowLabel, columnLabel));
    }

    /** The value as written in the report and the value it should have; the difference is derived. */
    public FindingBuilder values(BigDecimal reported, BigDecimal computed) {
        this.reported = reported;
        this.computed = computed;
        return this;
    }

    public Finding build() {
        BigDecimal difference = reported != null && computed != null ? reported.subtract(computed) : null;
        return new Finding(spec.id(), template.severity(), template.renderZh(parameters),
                template.renderEn(parameters), location, reported, computed, difference,
                spec.hintZh(), spec.hintEn());
    }
}
