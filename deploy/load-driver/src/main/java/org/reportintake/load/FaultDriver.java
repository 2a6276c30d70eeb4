package org.reportintake.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bson.Document;
import org.reportintake.infra.PipelineService;
import org.reportintake.infra.ServiceEnvironment;
import org.reportintake.infra.ServiceProcess;
import org.reportintake.infra.testing.TopicClient;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;

/**
 * On-demand fault run (not in CI): a load run during which each service in turn is killed (SIGKILL) and restarted,
 * then the Kafka broker, then the MongoDB server (on-disk H2, same port). After recovery it checks that every
 * submission has exactly one final state, one stored report version and one verdict, one mail per rejection and no
 * record in a dead-letter topic, and prints the counts. Every phase is bounded in time.
 *
 * <pre>java -cp ... org.reportintake.load.FaultDriver [--reports 1000] [--window 32] [--minutes 25] [--repo .]</pre>
 */
public final class FaultDriver {

    private static final List<String> DEAD_LETTER_TOPICS = List.of("report.submitted.dlq.parser",
            "report.parsed.dlq.validator", "report.validated.dlq.notifier", "report.validated.dlq.intake");
    /** Before each fault the run must have made progress (so faults do not pile onto one stall), within this. */
    private static final Duration MAX_PAUSE_BETWEEN_FAULTS = Duration.ofSeconds(120);

    public static void main(String[] args) throws Exception {
        DriverLogging.configure();
        System.exit(new FaultDriver(System.out).run(new Arguments(args)));
    }

    private final PrintStream out;

    public FaultDriver(PrintStream out) {
        this.out = out;
    }

    int run(Arguments arguments) throws Exception {
        int reports = arguments.intValue("--reports", 1000);
        Path repoRoot = StartedPipeline.repoRoot(arguments.value("--repo", "."));
        Path data = repoRoot.resolve("deploy/load-driver/target/fault-data");
        deleteRecursively(data);
        System.setProperty(ServiceProcess.JVM_OPTIONS_PROPERTY, LoadDriver.LOAD_JVM_OPTIONS);
        String tag = LoadDriver.runTag();
        List<LoadDocument> documents = new GeneratedMix(tag).documents(reports);
        try (StartedPipeline pipeline = StartedPipeline.start(repoRoot, data, out)) {
            IntakeHttp intake = new IntakeHttp(pipeline.intakeUrl(), StartedPipeline.ADMIN_TOKEN);
            LoadRun load = new LoadRun(intake, arguments.intValue("--window", 32), 2,
                    Duration.ofMinutes(arguments.intValue("--minutes", 25)), new ProgressBar(System.err, reports));
            long started = System.nanoTime();
            CompletableFuture<List<LoadRun.Outcome>> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return load.run(documents);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
            List<String> faults = injectFaults(pipeline, running, load, Math.max(10, reports / 10));
            List<LoadRun.Outcome> outcomes = running.get(arguments.intValue("--minutes", 25) + 1L, TimeUnit.MINUTES);
            double elapsed = (System.nanoTime() - started) / 1e9;
            out.println("Faults injected: ");
            faults.forEach(f -> out.println("  " + f));
            int problems = new RunReport(out).outcomes(outcomes, elapsed);
            problems += storedVersions(pipeline, tag, outcomes);
            problems += mails(pipeline, outcomes);
            problems += deadLetters(pipeline);
            out.println("RSS (MB) after recovery: " + pipeline.rssMegabytes());
            out.println(problems == 0 ? "FAULT RUN PASSED" : "FAULT RUN FOUND " + problems + " PROBLEM(S)");
            return problems == 0 ? 0 : 1;
        }
    }

    /** Each service in turn, then the broker, then MongoDB; each fault waits for some progress first. */
    private List<String> injectFaults(StartedPipeline pipeline, CompletableFuture<?> running, LoadRun load, int step)
            throws Exception {
        List<String> log = new ArrayList<>();
        for (PipelineService service : List.of(PipelineService.PARSER, PipelineService.VALIDATOR,
                PipelineService.NOTIFIER, PipelineService.INTAKE)) {
            if (pause(running, load, step)) {
                return log;
            }
            ServiceProcess process = pipeline.services().get(service);
            long pid = process.pid();
            process.kill();
            Thread.sleep(1000);
            long t = System.nanoTime();
            process.start();
            log.add(String.format("kill -9 %s (pid %d), restarted, ready after %d ms", process.name(), pid,
                    (System.nanoTime() - t) / 1_000_000));
        }
        if (!pause(running, load, step)) {
            long pid = pipeline.infra().kafka().pid();
            pipeline.infra().kafka().kill();
            Thread.sleep(2000);
            long t = System.nanoTime();
            pipeline.infra().kafka().start();
            log.add(String.format("kill -9 kafka broker (pid %d), restarted after %d ms", pid,
                    (System.nanoTime() - t) / 1_000_000));
        }
        if (!pause(running, load, step)) {
            // In this JVM: a stop (H2 file closed), not a SIGKILL; then the same file on the same port.
            pipeline.infra().restartMongo(Duration.ofSeconds(3));
            log.add("MongoDB server stopped, down 3 s, restarted from its H2 file on the same port");
        }
        return log;
    }

    /**
     * Waits until {@code step} more documents have a final status (or the bound passes).
     *
     * @return true when the load run has already ended
     */
    private static boolean pause(CompletableFuture<?> running, LoadRun load, int step) throws InterruptedException {
        int target = load.finished() + step;
        long until = System.nanoTime() + MAX_PAUSE_BETWEEN_FAULTS.toNanos();
        while (System.nanoTime() < until && !running.isDone() && load.finished() < target) {
            Thread.sleep(200);
        }
        return running.isDone();
    }

    /** One stored report version and one verdict per submission of this run, read from MongoDB directly. */
    private int storedVersions(StartedPipeline pipeline, String tag, List<LoadRun.Outcome> outcomes) {
        try (MongoClient client = MongoClients.create(pipeline.infra().mongoConnectionString())) {
            MongoDatabase db = client.getDatabase(ServiceEnvironment.DATABASE);
            Pattern ofThisRun = Pattern.compile("^load-" + tag + "-");
            long submissions = db.getCollection("submissions").countDocuments(Filters.regex("agencyId", ofThisRun));
            long verdicts = db.getCollection("verdicts").countDocuments(Filters.regex("agencyId", ofThisRun));
            long reports = db.getCollection("reports").countDocuments(Filters.regex("agencyId", ofThisRun));
            // Every document is uploaded for its own agency: more than one version for an agency and year is a double.
            List<Document> doubled = db.getCollection("reports").aggregate(List.of(
                    Aggregates.match(Filters.regex("agencyId", ofThisRun)),
                    Aggregates.group(new Document("a", "$agencyId").append("y", "$reportYear"),
                            Accumulators.sum("n", 1)),
                    Aggregates.match(Filters.gt("n", 1)))).into(new ArrayList<>());
            long uploaded = outcomes.stream().filter(o -> o.submissionId() != null).count();
            out.printf("MongoDB: %d submissions (uploaded %d), %d verdicts, %d stored report versions, "
                    + "%d agency-years with more than one version%n", submissions, uploaded, verdicts, reports,
                    doubled.size());
            return (submissions == uploaded ? 0 : 1) + (verdicts == uploaded ? 0 : 1) + doubled.size();
        }
    }

    private int mails(StartedPipeline pipeline, List<LoadRun.Outcome> outcomes) throws Exception {
        List<String> rejected = outcomes.stream().filter(o -> "REJECTED".equals(o.status()))
                .map(LoadRun.Outcome::submissionId).toList();
        Map<String, Integer> mails = pipeline.mailsPerSubmission(rejected, rejected.size(), Duration.ofSeconds(120));
        long none = rejected.stream().filter(id -> !mails.containsKey(id)).count();
        long more = rejected.stream().filter(id -> mails.getOrDefault(id, 0) > 1).count();
        out.printf("Emails: %d received for %d rejected reports: %d mailed once, %d not mailed, %d more than once%n",
                pipeline.mailCount(), rejected.size(), rejected.size() - none - more, none, more);
        return (int) (none + more);
    }

    private int deadLetters(StartedPipeline pipeline) {
        TopicClient topics = new TopicClient(pipeline.infra().kafkaBootstrapServers());
        int total = 0;
        StringBuilder line = new StringBuilder("Dead-letter topics:");
        for (String topic : DEAD_LETTER_TOPICS) {
            int records = topics.read(topic, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(6), Duration.ZERO).size();
            line.append(' ').append(topic).append('=').append(records);
            total += records;
        }
        out.println(line);
        return total;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
