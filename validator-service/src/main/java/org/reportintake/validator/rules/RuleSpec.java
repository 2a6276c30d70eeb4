package org.reportintake.validator.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;

/**
 * The data half of a rule: its stable id, category, versions, title, fix-it hint and messages.
 * Kept apart from the check so that the catalogue can be published as a table.
 */
public final class RuleSpec {

    private final String id;
    private final RuleCategory category;
    private final Set<TemplateVersion> versions;
    private final String titleZh;
    private final String titleEn;
    private final String hintZh;
    private final String hintEn;
    private final Map<String, MessageTemplate> messages;

    private RuleSpec(Builder builder) {
        if (builder.messages.isEmpty()) {
            throw new IllegalStateException("Rule " + builder.id + " has no message");
        }
        this.id = builder.id;
        this.category = builder.category;
        this.versions = builder.versions;
        this.titleZh = builder.titleZh;
        this.titleEn = builder.titleEn;
        this.hintZh = builder.hintZh;
        this.hintEn = builder.hintEn;
        this.messages = Map.copyOf(builder.messages);
    }

    public static Builder builder(String id, RuleCategory category) {
        return new Builder(id, category);
    }

    public String id() {
        return id;
    }

    public RuleCategory category() {
        return category;
    }

    public boolean appliesTo(TemplateVersion version) {
        return versions.contains(version);
    }

    /** The most severe outcome this rule can produce. */
    public Severity severity() {
        return messages.values().stream().map(MessageTemplate::severity)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    public MessageTemplate message(String key) {
        MessageTemplate template = messages.get(key);
        if (template == null) {
            throw new IllegalArgumentException("Rule " + id + " has no message " + key);
        }
        return template;
    }

    public Map<String, MessageTemplate> messages() {
        return messages;
    }

    /** Starts a finding with the message of the given key. */
    public FindingBuilder finding(String messageKey) {
        return new FindingBuilder(this, message(messageKey));
    }

    public String hintZh() {
        return hintZh;
    }

    public String hintEn() {
        return hintEn;
    }

    public RuleDescription describe() {
        List<TemplateVersion> ordered = Arrays.stream(TemplateVersion.values()).filter(versions::contains).toList();
        return new RuleDescription(id, category, severity(), outcome(), ordered, titleZh, titleEn, hintZh, hintEn);
    }

    /** The verdict this rule's most severe finding leads to (a rule for LEGACY reports only classifies). */
    public Verdict outcome() {
        if (versions.equals(EnumSet.of(TemplateVersion.LEGACY))) {
            return Verdict.LEGACY;
        }
        return switch (severity()) {
            case REJECT -> Verdict.REJECTED;
            case REVIEW -> Verdict.NEEDS_REVIEW;
            case WARN, INFO -> Verdict.ACCEPTED;
        };
    }

    /** Builds a spec; every part is required. */
    public static final class Builder {
        private final String id;
        private final RuleCategory category;
        private Set<TemplateVersion> versions = EnumSet.noneOf(TemplateVersion.class);
        private String titleZh;
        private String titleEn;
        private String hintZh;
        private String hintEn;
        private final Map<String, MessageTemplate> messages = new LinkedHashMap<>();

        private Builder(String id, RuleCategory category) {
            this.id = id;
            this.category = category;
        }

        public Builder versions(TemplateVersion first, TemplateVersion... rest) {
            this.versions = EnumSet.of(first, rest);
            return this;
        }

        public Builder title(String zh, String en) {
            this.titleZh = zh;
            this.titleEn = en;
            return this;
        }

        public Builder hint(String zh, String en) {
            this.hintZh = zh;
            this.hintEn = en;
            return this;
        }

        public Builder message(String key, Severity severity, String zh, String en) {
            messages.put(key, new MessageTemplate(key, severity, zh, en));
            return this;
        }

        public RuleSpec build() {
            if (titleZh == null || hintZh == null || versions.isEmpty()) {
                throw new IllegalStateException("Rule " + id + " needs a title, a hint and versions");
            }
            return new RuleSpec(this);
        }
    }
}
