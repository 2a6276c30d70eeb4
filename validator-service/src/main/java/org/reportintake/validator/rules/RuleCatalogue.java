package org.reportintake.validator.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportintake.validator.rules.arithmetic.CarriedOverMatchesPreviousYearRule;
import org.reportintake.validator.rules.arithmetic.CaseTotalsRule;
import org.reportintake.validator.rules.arithmetic.ColumnBalanceRule;
import org.reportintake.validator.rules.arithmetic.DisclosureMagnitudeRule;
import org.reportintake.validator.rules.arithmetic.DocumentsInForceRule;
import org.reportintake.validator.rules.arithmetic.OutcomeTotalRule;
import org.reportintake.validator.rules.arithmetic.RowTotalRule;
import org.reportintake.validator.rules.arithmetic.V60PublishedDocumentsRule;
import org.reportintake.validator.rules.content.AgencyNameRule;
import org.reportintake.validator.rules.content.FeeStatementRule;
import org.reportintake.validator.rules.content.ProblemsSectionRule;
import org.reportintake.validator.rules.content.SameAsPreviousYearRule;
import org.reportintake.validator.rules.content.StatisticalPeriodRule;
import org.reportintake.validator.rules.failure.ParseFailureRules;
import org.reportintake.validator.rules.failure.RuleErrors;
import org.reportintake.validator.rules.numbers.BlankCellRule;
import org.reportintake.validator.rules.numbers.CellValueRule;
import org.reportintake.validator.rules.publication.AlteredAfterPublicationRule;
import org.reportintake.validator.rules.publication.PublicationDeadlineRule;
import org.reportintake.validator.rules.reading.ReadingIssueRule;
import org.reportintake.validator.rules.structure.ApplicationTableShapeRule;
import org.reportintake.validator.rules.structure.CaseTableShapeRule;
import org.reportintake.validator.rules.structure.DisclosureTableShapeRule;
import org.reportintake.validator.rules.structure.SectionsRule;
import org.reportintake.validator.rules.structure.VersionMatchesYearRule;
import org.reportintake.validator.rules.structure.YearAndVersionRule;
import org.reportintake.validator.rules.text.TextTableConsistencyRule;

/**
 * The ordered set of rules. The order is the tie-break when findings are sorted, and the order of the published
 * table. Ids are unique and never reused.
 */
public final class RuleCatalogue {

    private final List<RuleSpec> failureSpecs;
    private final List<ReportRule> rules;
    private final Map<String, Integer> order = new HashMap<>();

    public RuleCatalogue(List<ReportRule> rules) {
        this.failureSpecs = List.of(ParseFailureRules.X1, ParseFailureRules.X2, RuleErrors.X3);
        this.rules = List.copyOf(rules);
        Set<String> seen = new HashSet<>();
        List<RuleSpec> all = new ArrayList<>(failureSpecs);
        rules.forEach(rule -> all.add(rule.spec()));
        for (RuleSpec spec : all) {
            if (!seen.add(spec.id())) {
                throw new IllegalArgumentException("Duplicate rule id " + spec.id());
            }
            order.put(spec.id(), order.size());
        }
    }

    /** Every rule, in catalogue order. */
    public static RuleCatalogue standard() {
        return new RuleCatalogue(List.of(
                new ReadingIssueRule(),
                new YearAndVersionRule(),
                new VersionMatchesYearRule(),
                new SectionsRule(),
                new ApplicationTableShapeRule(),
                new CaseTableShapeRule(),
                new DisclosureTableShapeRule(),
                new CellValueRule(),
                new BlankCellRule(),
                new ColumnBalanceRule(),
                new OutcomeTotalRule(),
                new RowTotalRule(),
                new CaseTotalsRule(),
                new V60PublishedDocumentsRule(),
                new DocumentsInForceRule(),
                new CarriedOverMatchesPreviousYearRule(),
                new DisclosureMagnitudeRule(),
                new TextTableConsistencyRule(),
                new FeeStatementRule(),
                new ProblemsSectionRule(),
                new SameAsPreviousYearRule(),
                new StatisticalPeriodRule(),
                new AgencyNameRule(),
                new PublicationDeadlineRule(),
                new AlteredAfterPublicationRule()));
    }

    public List<ReportRule> rules() {
        return rules;
    }

    /** The catalogue as data, for the REST API's rule table. */
    public List<RuleDescription> describe() {
        List<RuleDescription> descriptions = new ArrayList<>();
        failureSpecs.forEach(spec -> descriptions.add(spec.describe()));
        rules.forEach(rule -> descriptions.add(rule.spec().describe()));
        return List.copyOf(descriptions);
    }

    /** Position of a rule in the catalogue; unknown ids sort last. */
    public int orderOf(String ruleId) {
        return order.getOrDefault(ruleId, Integer.MAX_VALUE);
    }
}
