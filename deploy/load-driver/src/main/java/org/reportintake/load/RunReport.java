package org.reportintake.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints what a load run measured and checked. */
public final class RunReport {

    private final PrintStream out;

    public RunReport(PrintStream out) {
        this.out = out;
    }

    /** @return the number of verdict mismatches and unfinished documents */
    public int outcomes(List<LoadRun.Outcome> outcomes, double elapsedSeconds) {
        List<LoadRun.Outcome> finished = outcomes.stream().filter(o -> IntakeHttp.isFinal(o.status())).toList();
        Percentiles latency = new Percentiles(finished.stream().map(LoadRun.Outcome::latencyMillis).toList());
        out.printf("Reports: %d submitted, %d with a final status in %.1f s%n", outcomes.size(), finished.size(),
                elapsedSeconds);
        out.printf("Sustained throughput: %.1f reports/s (final statuses / time from first upload to last verdict)%n",
                finished.size() / elapsedSeconds);
        out.printf("Upload-to-verdict latency: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", latency.at(50),
                latency.at(95), latency.at(99), latency.max());
        Map<String, Long> states = outcomes.stream()
                .collect(Collectors.groupingBy(LoadRun.Outcome::status, TreeMap::new, Collectors.counting()));
        out.println("Final states: " + states);
        Map<String, String> byKind = new TreeMap<>();
        for (String kind : List.of("SEED", "VARIANT", "BROKEN")) {
            for (String format : List.of("txt", "docx", "doc", "pdf", "html")) {
                List<LoadRun.Outcome> group = finished.stream()
                        .filter(o -> o.document().kind().equals(kind) && o.document().format().equals(format)).toList();
                if (!group.isEmpty()) {
                    Percentiles p = new Percentiles(group.stream().map(LoadRun.Outcome::latencyMillis).toList());
                    byKind.put(kind + "/" + format, group.size() + " (p50 " + p.at(50) + " ms, p99 " + p.at(99) + " ms)");
                }
            }
        }
        out.println("By kind/format: " + byKind);
        long expectedRejected = outcomes.stream().filter(o -> o.document().expectsRejection()).count();
        long actualRejected = outcomes.stream().filter(o -> "REJECTED".equals(o.status())).count();
        out.printf("Expected verdicts: %d ACCEPTED, %d REJECTED; actual: %d ACCEPTED, %d REJECTED%n",
                outcomes.size() - expectedRejected, expectedRejected,
                outcomes.stream().filter(o -> "ACCEPTED".equals(o.status())).count(), actualRejected);
        List<LoadRun.Outcome> mismatches = outcomes.stream()
                .filter(o -> !o.document().expectedVerdict().equals(o.status())).toList();
        out.println("Mismatches: " + mismatches.size());
        mismatches.stream().limit(30).forEach(o -> out.printf("  #%d %s %s %s: expected %s, got %s %s %s%n",
                o.document().index(), o.document().kind(), o.document().fileName(), o.submissionId(),
                o.document().expectedVerdict(), o.status(), o.ruleIds(), o.error() == null ? "" : o.error()));
        return mismatches.size();
    }
}
