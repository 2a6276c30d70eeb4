package org.reportintake.validator.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.reportintake.model.event.Severity;
import org.reportintake.model.event.Verdict;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.validator.api.model.ApplicationRowTotal;
import org.reportintake.validator.api.model.RuleCount;
import org.reportintake.validator.api.model.VerdictCounts;
import org.reportintake.validator.api.model.YearStatistics;
import org.reportintake.validator.rules.RuleCatalogue;
import org.reportintake.validator.store.ReportRepository;
import org.reportintake.validator.store.VerdictRepository;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;

/**
 * A year's figures, computed by MongoDB aggregations so that no report body is read: verdicts and findings from
 * {@code verdicts}, application counts from the flattened {@code cells} of {@code reports}. "Current" is decided by
 * joining the {@code current_reports} pointers with $lookup.
 */
@ApplicationScoped
public class YearStatisticsQuery {

    private static final String APPLICATIONS_TABLE = "三";

    private final VerdictRepository verdicts;
    private final ReportRepository reports;
    private final RuleCatalogue catalogue = RuleCatalogue.standard();

    public YearStatisticsQuery(VerdictRepository verdicts, ReportRepository reports) {
        this.verdicts = verdicts;
        this.reports = reports;
    }

    public YearStatistics of(int year) {
        Document facets = verdicts.collection().aggregate(List.of(
                Aggregates.match(Filters.and(Filters.eq("reportYear", year), Filters.ne("dryRun", true))),
                Aggregates.lookup(ReportRepository.CURRENT_COLLECTION, "_id", "submissionId", "pointer"),
                Aggregates.facet(
                        new Facet("submissions", byVerdict()),
                        new Facet("current", Aggregates.match(isCurrent()), byVerdict()),
                        new Facet("rules",
                                Aggregates.unwind("$findings"),
                                // first one row per rule, severity and submission, then count those rows
                                Aggregates.group(new Document("ruleId", "$findings.ruleId")
                                                .append("severity", "$findings.severity").append("submission", "$_id"),
                                        Accumulators.sum("findings", 1)),
                                Aggregates.group(new Document("ruleId", "$_id.ruleId").append("severity", "$_id.severity"),
                                        Accumulators.sum("findings", "$findings"), Accumulators.sum("submissions", 1))))))
                .first();
        return new YearStatistics(year,
                verdictCounts(facets.getList("submissions", Document.class)),
                verdictCounts(facets.getList("current", Document.class)),
                ruleCounts(facets.getList("rules", Document.class)),
                applications(year));
    }

    /** Table 三's 总计 column summed per row over the year's current reports. */
    private List<ApplicationRowTotal> applications(int year) {
        List<ApplicationRowTotal> rows = new ArrayList<>();
        reports.collection().aggregate(List.of(
                        Aggregates.match(Filters.eq("reportYear", year)),
                        Aggregates.lookup(ReportRepository.CURRENT_COLLECTION, "_id", "submissionId", "pointer"),
                        Aggregates.match(isCurrent()),
                        Aggregates.unwind("$cells"),
                        Aggregates.match(Filters.and(Filters.eq("cells.table", APPLICATIONS_TABLE),
                                Filters.eq("cells.column", ApplicantColumn.TOTAL.name()))),
                        Aggregates.group("$cells.row", Accumulators.sum("total", "$cells.value"),
                                Accumulators.sum("reports", 1))))
                .forEach(d -> rows.add(new ApplicationRowTotal(d.getString("_id"), label(d.getString("_id")),
                        whole(d.get("total")), number(d.get("reports")))));
        rows.sort(Comparator.comparingInt(r -> tableOrder(r.row())));
        return rows;
    }

    private static Bson byVerdict() {
        return Aggregates.group("$verdict", Accumulators.sum("count", 1));
    }

    /** The $lookup of the pointer found this version. */
    private static Bson isCurrent() {
        return Filters.exists("pointer.0");
    }

    private static VerdictCounts verdictCounts(List<Document> groups) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Document group : groups) {
            String verdict = group.getString("_id");
            for (Verdict v : Verdict.values()) {
                if (v.name().equals(verdict)) {
                    counts.put(v, number(group.get("count")));
                }
            }
        }
        long accepted = counts.getOrDefault(Verdict.ACCEPTED, 0L);
        long rejected = counts.getOrDefault(Verdict.REJECTED, 0L);
        long review = counts.getOrDefault(Verdict.NEEDS_REVIEW, 0L);
        long legacy = counts.getOrDefault(Verdict.LEGACY, 0L);
        return new VerdictCounts(accepted + rejected + review + legacy, accepted, rejected, review, legacy);
    }

    private List<RuleCount> ruleCounts(List<Document> groups) {
        return groups.stream()
                .map(g -> {
                    Document id = g.get("_id", Document.class);
                    return new RuleCount(id.getString("ruleId"), Severity.valueOf(id.getString("severity")),
                            number(g.get("findings")), number(g.get("submissions")));
                })
                .sorted(Comparator.comparingInt((RuleCount r) -> catalogue.orderOf(r.ruleId()))
                        .thenComparing(RuleCount::ruleId)
                        .thenComparing(RuleCount::severity))
                .toList();
    }

    private static String label(String row) {
        try {
            return ApplicationRow.valueOf(row).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return row;
        }
    }

    private static int tableOrder(String row) {
        try {
            return ApplicationRow.valueOf(row).ordinal();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** Cell values are stored as doubles; a whole sum is shown without a fraction. */
    private static BigDecimal whole(Object value) {
        if (!(value instanceof Number n)) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.valueOf(n.doubleValue());
        return sum.stripTrailingZeros().scale() <= 0 ? sum.setScale(0) : sum.stripTrailingZeros();
    }
}
