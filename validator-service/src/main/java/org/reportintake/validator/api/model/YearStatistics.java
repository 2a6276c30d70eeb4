package org.reportintake.validator.api.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Figures for one report year. Dry runs and files whose year could not be read are left out.
 *
 * @param submissions    every submitted version, by verdict
 * @param currentReports the version that counts per agency, by verdict
 * @param rules          findings per rule and severity over every submitted version, in catalogue order
 * @param applications   table 三's 总计 column summed over current reports, in table order
 */
@Schema(description = "Verdicts, findings per rule and application figures for one report year")
public record YearStatistics(int year, VerdictCounts submissions, VerdictCounts currentReports, List<RuleCount> rules,
                             List<ApplicationRowTotal> applications) {
}
