/**
 * The rule engine of issue 4, plain Java (no Quarkus, Kafka or MongoDB here).
 *
 * <pre>{@code
 * ReportValidator validator = new ReportValidator(RuleCatalogue.standard());   // stateless, share one instance
 * ValidationResult result =
 *         validator.validate(new ValidationContext(parsed, previousYearReport, issuerType, publishedOn));
 * List<RuleDescription> table = RuleCatalogue.standard().describe();          // the published rule table
 * }</pre>
 *
 * <p>Rule ids follow the format document's section 4 (S, N, A, T, C, P); X1–X3 are the engine's own (parse failure,
 * legacy-format parse failure, rule error). A rule applies only to the template versions its spec lists, so a
 * LEGACY report gets no table rules. Findings come sorted most severe first, then in catalogue order.
 */
package org.reportintake.validator.rules;
