package org.reportintake.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.reportintake.infra.MongoServerRunner;
import org.reportintake.infra.ServiceProcess;

/**
 * On-demand load run (not in CI): starts the real pipeline (or attaches to one with --url), pushes a generated mix of
 * reports through the HTTP API, and prints throughput, latencies, final states, verdict and mail checks, memory, and
 * the parse-only ceiling measured on the same documents in this JVM.
 *
 * <pre>java -cp ... org.reportintake.load.LoadDriver [--reports 1000] [--window 16] [--uploaders 4]
 *      [--minutes 15] [--warmup 200] [--repo .] [--url http://127.0.0.1:8080 --token T] [--no-ceiling]</pre>
 */
public final class LoadDriver {

    public static void main(String[] args) throws Exception {
        DriverLogging.configure();
        Arguments arguments = new Arguments(args);
        int exit = new LoadDriver(System.out).run(arguments);
        System.exit(exit);
    }

    private final PrintStream out;

    public LoadDriver(PrintStream out) {
        this.out = out;
    }

    /**
     * The services' JVM options for a load run: the test default minus C1-only (parsing runs C2-compiled, as the
     * parse-only ceiling does), same heap cap and serial GC so RSS stays under 300 MB.
     */
    static final String LOAD_JVM_OPTIONS = "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m "
            + "-XX:ReservedCodeCacheSize=64m -XX:CICompilerCount=2 -Djava.awt.headless=true";

    int run(Arguments arguments) throws Exception {
        if (!arguments.flag("--c1-only")) {
            System.setProperty(ServiceProcess.JVM_OPTIONS_PROPERTY, arguments.value("--jvm-options", LOAD_JVM_OPTIONS));
        }
        if (!arguments.flag("--oplog")) {
            System.setProperty(MongoServerRunner.NO_OPLOG_PROPERTY, "true");
        }
        int reports = arguments.intValue("--reports", 1000);
        List<LoadDocument> documents = new GeneratedMix(runTag()).documents(reports);
        String url = arguments.value("--url", null);
        StartedPipeline pipeline = url == null ? StartedPipeline.start(
                StartedPipeline.repoRoot(arguments.value("--repo", ".")), null, out) : null;
        try {
            IntakeHttp intake = new IntakeHttp(url == null ? pipeline.intakeUrl() : url,
                    url == null ? StartedPipeline.ADMIN_TOKEN : arguments.value("--token", "local-admin-token"));
            int window = arguments.intValue("--window", 16);
            out.printf("Load run: %d reports, at most %d in flight, %d uploaders, %d cores%n", reports, window,
                    arguments.intValue("--uploaders", 4), Runtime.getRuntime().availableProcessors());
            int warmup = arguments.intValue("--warmup", pipeline == null ? 0 : 200);
            if (warmup > 0) {
                warmUp(intake, pipeline, warmup, window, arguments.intValue("--uploaders", 4));
            }
            Map<String, Long> cpuBefore = pipeline == null ? Map.of() : pipeline.cpuMillis();
            long started = System.nanoTime();
            List<LoadRun.Outcome> outcomes = new LoadRun(intake, window, arguments.intValue("--uploaders", 4),
                    Duration.ofMinutes(arguments.intValue("--minutes", 15)), new ProgressBar(System.err, reports))
                    .run(documents);
            double elapsed = (System.nanoTime() - started) / 1e9;
            int problems = new RunReport(out).outcomes(outcomes, elapsed);
            long finals = outcomes.stream().filter(o -> IntakeHttp.isFinal(o.status())).count();
            double endToEnd = finals / elapsed;
            if (pipeline != null) {
                out.println("CPU per report (ms, during the run): " + cpuPerReport(cpuBefore, pipeline.cpuMillis(), finals));
                problems += mailCheck(pipeline, outcomes);
                out.println("RSS (MB) at the end of the run: " + pipeline.rssMegabytes());
            }
            if (!arguments.flag("--no-ceiling")) {
                // Measured after the pipeline run, while the services idle, so both do not compete for the cores.
                ParseOnlyCeiling.Result ceiling = new ParseOnlyCeiling(Runtime.getRuntime().availableProcessors())
                        .measure(documents);
                out.printf("Parse-only ceiling (parser + rule engine in one JVM, %d threads): %.1f reports/s; "
                        + "per format %s%n", Runtime.getRuntime().availableProcessors(), ceiling.reportsPerSecond(),
                        format(ceiling.perFormat()));
                out.printf("End-to-end / ceiling: %.1f / %.1f = %.2f%n", endToEnd, ceiling.reportsPerSecond(),
                        endToEnd / ceiling.reportsPerSecond());
            }
            return problems == 0 ? 0 : 1;
        } finally {
            if (pipeline != null) {
                pipeline.close();
            }
        }
    }

    /**
     * Runs reports through the pipeline before the measured run so that the services' JIT-compiled steady state is
     * measured, not their warm-up (as JMH warms up before it measures). Their verdicts and mails are not counted: the
     * mails are awaited and then cleared.
     */
    private void warmUp(IntakeHttp intake, StartedPipeline pipeline, int reports, int window, int uploaders)
            throws Exception {
        out.printf("Warm-up: %d reports (not measured)%n", reports);
        List<LoadDocument> documents = new GeneratedMix(runTag() + "w").documents(reports);
        List<LoadRun.Outcome> outcomes = new LoadRun(intake, window, uploaders, Duration.ofMinutes(10),
                new ProgressBar(System.err, reports)).run(documents);
        if (pipeline != null) {
            List<String> rejected = outcomes.stream().filter(o -> "REJECTED".equals(o.status()))
                    .map(LoadRun.Outcome::submissionId).toList();
            pipeline.mailsPerSubmission(rejected, rejected.size(), Duration.ofSeconds(60));
            pipeline.infra().mail().purge();
        }
    }

    private int mailCheck(StartedPipeline pipeline, List<LoadRun.Outcome> outcomes) throws Exception {
        List<String> rejected = outcomes.stream().filter(o -> "REJECTED".equals(o.status()))
                .map(LoadRun.Outcome::submissionId).toList();
        Map<String, Integer> mails = pipeline.mailsPerSubmission(rejected, rejected.size(), Duration.ofSeconds(90));
        long once = rejected.stream().filter(id -> mails.getOrDefault(id, 0) == 1).count();
        long none = rejected.stream().filter(id -> !mails.containsKey(id)).count();
        long more = rejected.stream().filter(id -> mails.getOrDefault(id, 0) > 1).count();
        out.printf("Emails: %d received, %d expected (one per rejected report): %d rejected reports mailed once, "
                + "%d not mailed, %d mailed more than once%n", pipeline.mailCount(), rejected.size(), once, none, more);
        return (int) (none + more) + (pipeline.mailCount() == rejected.size() ? 0 : 1);
    }

    /** CPU milliseconds each process spent per final report between the two snapshots, and their sum. */
    static String cpuPerReport(Map<String, Long> before, Map<String, Long> after, long reports) {
        StringBuilder text = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            Long start = before.get(entry.getKey());
            if (start == null || start < 0 || entry.getValue() < 0 || reports == 0) {
                continue;
            }
            double perReport = (entry.getValue() - start) / (double) reports;
            total += perReport;
            text.append(entry.getKey()).append(' ').append(String.format("%.1f", perReport)).append("  ");
        }
        return text.append("total ").append(String.format("%.1f", total)).toString();
    }

    static String runTag() {
        return GeneratedMix.lettersOf((int) (System.currentTimeMillis() / 1000 % 1_000_000));
    }

    private static String format(Map<String, Double> perFormat) {
        StringBuilder text = new StringBuilder();
        perFormat.forEach((format, rate) -> text.append(format).append(' ').append(String.format("%.1f", rate))
                .append("/s  "));
        return text.toString().strip();
    }
}
