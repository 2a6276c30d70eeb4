package org.reportintake.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParseThroughputBenchmark} and prints documents/second per format for our parser and for Tika,
 * with the ratio ours/Tika. Run on demand: {@code java -jar deploy/benchmarks/target/benchmarks.jar [seconds] [formats]},
 * formats being a comma-separated subset such as {@code txt,html} (all five when omitted), for iterating on one.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        if (args.length > 1 && args[1].equals("flattened")) {
            flattened(seconds);
            return;
        }
        OptionsBuilder builder = new OptionsBuilder();
        if (args.length > 1) {
            builder.param("format", args[1].split(","));
        }
        Collection<RunResult> results = run(builder, ParseThroughputBenchmark.class, seconds);

        Map<String, double[]> byFormat = new LinkedHashMap<>();
        for (RunResult result : results) {
            String format = result.getParams().getParam("format");
            String method = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            double[] pair = byFormat.computeIfAbsent(format, f -> new double[2]);
            pair[method.endsWith(".ours") ? 0 : 1] = score;
        }
        System.out.println();
        System.out.printf("%-6s %14s %14s %12s%n", "format", "ours docs/s", "tika docs/s", "ours/tika");
        for (Map.Entry<String, double[]> entry : byFormat.entrySet()) {
            double ours = entry.getValue()[0];
            double tika = entry.getValue()[1];
            System.out.printf("%-6s %14.1f %14.1f %12.2f%n", entry.getKey(), ours, tika, tika == 0 ? Double.NaN : ours / tika);
        }
    }

    /**
     * {@code java -jar benchmarks.jar [seconds] flattened}: microseconds per report to recognise the seeds as
     * written and flattened (the difference is the flattened-table recovery) and to parse the flattened text.
     */
    private static void flattened(int seconds) throws RunnerException {
        Collection<RunResult> results = run(new OptionsBuilder(), FlattenedRecoveryBenchmark.class, seconds);
        Map<String, double[]> byLayout = new LinkedHashMap<>();
        for (RunResult result : results) {
            String layout = result.getParams().getParam("layout");
            String method = result.getParams().getBenchmark();
            double[] row = byLayout.computeIfAbsent(layout, l -> new double[3]);
            int column = method.endsWith(".recover") ? 1 : method.endsWith(".recognise") ? 0 : 2;
            row[column] = result.getPrimaryResult().getScore();
        }
        double[] table = byLayout.getOrDefault("table", new double[] {Double.NaN, Double.NaN, Double.NaN});
        System.out.println();
        System.out.printf("%-7s %14s %14s %14s %14s%n", "layout", "recognise", "(vs table)", "recovery", "parse");
        System.out.printf("%-7s %14s %14s %14s %14s%n", "", "us/report", "us/report", "us/report", "us/report");
        for (Map.Entry<String, double[]> entry : byLayout.entrySet()) {
            double[] r = entry.getValue();
            System.out.printf("%-7s %14.1f %14.1f %14.1f %14.1f%n", entry.getKey(), r[0], r[0] - table[0], r[1], r[2]);
        }
    }

    /** One fork, one warm-up and two measured iterations of {@code seconds} each: the same for every benchmark. */
    private static Collection<RunResult> run(OptionsBuilder builder, Class<?> benchmark, int seconds)
            throws RunnerException {
        Options options = builder
                .include(benchmark.getSimpleName())
                .forks(1)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(2)
                .measurementTime(TimeValue.seconds(seconds))
                .build();
        return new Runner(options).run();
    }
}
