package org.reportintake.validator.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.validator.rules.arithmetic.ColumnBalanceRule;

class RuleCatalogueTest {

    private final RuleCatalogue catalogue = RuleCatalogue.standard();

    @Test
    void saysForEveryRuleWhichVerdictItLeadsTo() {
        Map<String, Verdict> outcomes = RuleCatalogue.standard().describe().stream()
                .collect(Collectors.toMap(RuleDescription::id, RuleDescription::outcome));

        assertEquals(Verdict.REJECTED, outcomes.get("X1"));
        assertEquals(Verdict.LEGACY, outcomes.get("X2"));
        assertEquals(Verdict.NEEDS_REVIEW, outcomes.get("X3"));
        assertEquals(Verdict.NEEDS_REVIEW, outcomes.get("X4"));
        assertEquals(Verdict.REJECTED, outcomes.get("A1"));
        assertEquals(Verdict.ACCEPTED, outcomes.get("T1"));
        assertTrue(outcomes.values().stream().allMatch(Objects::nonNull));
    }

    @Test
    void listsEveryRuleInCatalogueOrder() {
        List<String> ids = catalogue.describe().stream().map(RuleDescription::id).toList();

        assertEquals(List.of("X1", "X2", "X3", "X4", "S1", "S2", "S3", "S4", "S5", "S6", "N1", "N2", "A1", "A2", "A3", "A4",
                "A5", "A6", "A7", "A8", "T1", "C1", "C3", "C4", "C5", "C6", "P1", "P3"), ids);
    }

    @Test
    void describesEveryRuleInBothLanguages() {
        for (RuleDescription rule : catalogue.describe()) {
            assertFalse(rule.titleZh().isBlank(), rule.id());
            assertFalse(rule.titleEn().isBlank(), rule.id());
            assertFalse(rule.hintZh().isBlank(), rule.id());
            assertFalse(rule.hintEn().isBlank(), rule.id());
            assertFalse(rule.versions().isEmpty(), rule.id());
        }
    }

    @Test
    void publishesTheMostSevereOutcomeOfEachRule() {
        Map<String, RuleDescription> byId = new HashMap<>();
        catalogue.describe().forEach(rule -> byId.put(rule.id(), rule));

        assertEquals(Severity.REJECT, byId.get("A1").severity());
        assertEquals(Severity.REJECT, byId.get("S2").severity());
        assertEquals(Severity.REJECT, byId.get("A3").severity());
        assertEquals(Severity.WARN, byId.get("A6").severity());
        assertEquals(Severity.WARN, byId.get("T1").severity());
        assertEquals(Severity.WARN, byId.get("P1").severity());
        assertEquals(List.of(TemplateVersion.V60), byId.get("A5").versions());
        assertEquals(RuleCategory.ARITHMETIC, byId.get("A7").category());
    }

    @Test
    void usesTheSameParametersInChineseAndEnglishMessages() {
        Pattern parameter = Pattern.compile("\\{([a-zA-Z0-9]+)}");
        for (ReportRule rule : catalogue.rules()) {
            for (MessageTemplate message : rule.spec().messages().values()) {
                assertEquals(names(parameter.matcher(message.zh())).stream().filter(n -> !n.endsWith("En")).sorted()
                                .distinct().toList(),
                        names(parameter.matcher(message.en())).stream().map(n -> n.endsWith("En")
                                ? n.substring(0, n.length() - 2) : n).sorted().distinct().toList(),
                        rule.spec().id() + "." + message.key());
            }
        }
    }

    @Test
    void refusesTwoRulesWithTheSameId() {
        assertThrows(IllegalArgumentException.class,
                () -> new RuleCatalogue(List.of(new ColumnBalanceRule(), new ColumnBalanceRule())));
    }

    @Test
    void givesEveryRuleAStableShortId() {
        assertTrue(catalogue.describe().stream().allMatch(rule -> rule.id().matches("[A-Z][0-9]")));
    }

    private static List<String> names(Matcher matcher) {
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
