package org.reportintake.load;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

import org.reportintake.infra.LocalInfra;
import org.reportintake.infra.MailText;
import org.reportintake.infra.PipelineService;
import org.reportintake.infra.PipelineServices;
import org.reportintake.infra.ProcessMemory;
import org.reportintake.infra.ServiceProcess;

import jakarta.mail.internet.MimeMessage;

/** The real pipeline started by a driver: local infrastructure and the four packaged services, all on loopback. */
public final class StartedPipeline implements AutoCloseable {

    public static final String ADMIN_TOKEN = "load-admin-token";

    private final LocalInfra infra;
    private final PipelineServices services;

    private StartedPipeline(LocalInfra infra, PipelineServices services) {
        this.infra = infra;
        this.services = services;
    }

    /**
     * @param persistentData null for in-memory MongoDB on free ports; a directory for the on-disk H2 backend, whose
     *                       data survives a restart of the MongoDB server (the fault driver)
     */
    public static StartedPipeline start(Path repoRoot, Path persistentData, PrintStream out) {
        long started = System.nanoTime();
        LocalInfra infra = persistentData == null ? LocalInfra.startForTests() : LocalInfra.startPersistentOnFreePorts(persistentData);
        try {
            Path workDir = infra.workDir().resolve("services");
            PipelineServices services = PipelineServices.start(repoRoot, infra, PipelineServices.freePorts(),
                    ADMIN_TOKEN, workDir);
            out.printf("Pipeline started in %d ms: %s; service logs under %s%n",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), infra, workDir);
            return new StartedPipeline(infra, services);
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    public static Path repoRoot(String given) {
        Path root = Path.of(given).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("intake-service"))) {
            throw new IllegalArgumentException(root + " is not the repository root (use --repo)");
        }
        return root;
    }

    public LocalInfra infra() {
        return infra;
    }

    public PipelineServices services() {
        return services;
    }

    public String intakeUrl() {
        return services.get(PipelineService.INTAKE).baseUrl();
    }

    /** RSS of each service JVM, the broker JVM and this JVM (which hosts the MongoDB and SMTP servers). */
    public Map<String, Long> rssMegabytes() {
        return perProcess(ProcessMemory::rssMegabytes);
    }

    /**
     * CPU time used so far by each of the same processes, in milliseconds (-1 if unknown). The difference between two
     * snapshots shows where a run's CPU went on a machine whose cores are all busy.
     */
    public Map<String, Long> cpuMillis() {
        return perProcess(pid -> ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration())
                .map(Duration::toMillis).orElse(-1L));
    }

    private Map<String, Long> perProcess(LongUnaryOperator measure) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (ServiceProcess service : services.all()) {
            values.put(service.name(), measure.applyAsLong(service.pid()));
        }
        values.put("kafka-broker", measure.applyAsLong(infra.kafka().pid()));
        values.put("driver (+MongoDB, SMTP)", measure.applyAsLong(ProcessHandle.current().pid()));
        return values;
    }

    /**
     * Waits (bounded) until at least {@code expected} mails arrived, then a settle pause for late duplicates; returns
     * how many mails name each of the given submission ids.
     */
    public Map<String, Integer> mailsPerSubmission(List<String> submissionIds, int expected, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (infra.mail().receivedMessages().size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(3000);
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : infra.mail().receivedMessages()) {
            String text = MailText.of(message);
            for (String id : submissionIds) {
                if (text.contains(id)) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    public int mailCount() {
        return infra.mail().receivedMessages().size();
    }

    @Override
    public void close() {
        try {
            services.close();
        } finally {
            infra.close();
        }
    }
}
