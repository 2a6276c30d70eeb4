package org.reportintake.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The local run: the persistent infrastructure ({@code .local-data/} under the repository root, fixed ports) and the
 * four packaged services, until Ctrl-C. Started by {@code ./run-local.sh}.
 */
public final class LocalPipeline {

    private LocalPipeline() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path repoRoot = Path.of(System.getProperty("reportintake.root", ".")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(repoRoot.resolve("pom.xml"))) {
            throw new IllegalStateException(repoRoot + " is not the repository root; set -Dreportintake.root");
        }
        List<Integer> busy = busyPorts();
        if (!busy.isEmpty()) {
            System.err.println("Port(s) " + busy + " on 127.0.0.1 are in use (another local run?); stop that first.");
            System.exit(1);
        }
        String adminToken = System.getenv().getOrDefault("INTAKE_ADMIN_TOKEN", ServiceEnvironment.LOCAL_ADMIN_TOKEN);
        Path dataDir = repoRoot.resolve(".local-data");

        // Registered before anything starts, so Ctrl-C during start-up also closes the H2 store cleanly.
        AtomicReference<LocalInfra> infraRef = new AtomicReference<>();
        AtomicReference<PipelineServices> servicesRef = new AtomicReference<>();
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("Stopping the services and the infrastructure ...");
            if (servicesRef.get() != null) {
                servicesRef.get().close();
            }
            if (infraRef.get() != null) {
                infraRef.get().close();
            }
        }, "local-pipeline-shutdown"));

        long started = System.nanoTime();
        System.out.println("Starting Kafka, MongoDB-compatible server and SMTP server (data in " + dataDir + ") ...");
        LocalInfra infra = LocalInfra.startPersistent(dataDir);
        infraRef.set(infra);
        System.out.println("Infrastructure ready in " + Duration.ofNanos(System.nanoTime() - started).toMillis()
                + " ms (Kafka broker " + infra.kafka().lastStartup().toMillis() + " ms); starting the four services ...");
        PipelineServices services = PipelineServices.start(repoRoot, infra, PipelineServices.localPorts(), adminToken,
                dataDir.resolve("services"));
        servicesRef.set(services);
        reportUnexpectedExits(services, stopping);

        printSummary(infra, services, adminToken, Duration.ofNanos(System.nanoTime() - started));
        new CountDownLatch(1).await();
    }

    private static List<Integer> busyPorts() {
        List<Integer> ports = new ArrayList<>(List.of(LocalInfra.LOCAL_KAFKA_PORT, LocalInfra.LOCAL_KAFKA_CONTROLLER_PORT,
                LocalInfra.LOCAL_MONGO_PORT, LocalInfra.LOCAL_SMTP_PORT, LocalInfra.LOCAL_MAIL_INBOX_PORT));
        PipelineServices.localPorts().values().forEach(ports::add);
        List<Integer> busy = new ArrayList<>();
        for (int port : ports) {
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(Loopback.HOST))) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                busy.add(port);
            }
        }
        return busy;
    }

    /** A service that dies while the pipeline runs is announced on the console with its log file. */
    private static void reportUnexpectedExits(PipelineServices services, AtomicBoolean stopping) {
        for (ServiceProcess service : services.all()) {
            ProcessHandle.of(service.pid()).ifPresent(handle -> handle.onExit().thenRun(() -> {
                if (!stopping.get()) {
                    System.err.println(service.name() + " (pid " + handle.pid() + ") exited unexpectedly; see "
                            + service.logFile());
                }
            }));
        }
    }

    private static void printSummary(LocalInfra infra, PipelineServices services, String adminToken, Duration total) {
        String intake = services.get(PipelineService.INTAKE).baseUrl();
        StringBuilder out = new StringBuilder();
        out.append('\n').append("report-intake is running (started ")
                .append(LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(", ready in ").append(total.toMillis()).append(" ms)\n\n");
        out.append("  Portal / API   ").append(intake).append("/api/submissions   (OpenAPI: ")
                .append(intake).append("/q/openapi)\n");
        String validator = services.get(PipelineService.VALIDATOR).baseUrl();
        out.append("  Reports API    ").append(validator).append("/api/reports   (Swagger UI: ")
                .append(validator).append("/q/swagger-ui)\n");
        out.append("  Admin token    ").append(adminToken).append("   (Authorization: Bearer ").append(adminToken)
                .append(")\n");
        out.append("  Mail received  ").append(infra.mail().inboxUrl()).append("   (SMTP 127.0.0.1:")
                .append(infra.mail().smtpPort()).append(")\n");
        out.append("  Kafka          ").append(infra.kafkaBootstrapServers()).append('\n');
        out.append("  MongoDB        ").append(infra.mongoConnectionString()).append("/")
                .append(ServiceEnvironment.DATABASE).append('\n');
        out.append("  Data and logs  ").append(infra.workDir()).append("\n\n");
        out.append(String.format("  %-20s %8s %8s %10s  %s%n", "process", "pid", "RSS MB", "start ms", "log"));
        long self = ProcessHandle.current().pid();
        out.append(String.format("  %-20s %8d %8d %10s  %s%n", "infra (mongo+smtp)", self,
                ProcessMemory.rssMegabytes(self), "-", "(this console)"));
        long broker = infra.kafka().pid();
        out.append(String.format("  %-20s %8d %8d %10d  %s%n", "kafka-broker", broker,
                ProcessMemory.rssMegabytes(broker), infra.kafka().lastStartup().toMillis(), infra.kafka().logFile()));
        for (ServiceProcess service : services.all()) {
            out.append(String.format("  %-20s %8d %8d %10d  %s%n", service.name(), service.pid(),
                    ProcessMemory.rssMegabytes(service.pid()), service.lastStartup().toMillis(), service.logFile()));
        }
        out.append("\nUpload a report:  curl -H 'Authorization: Bearer ").append(adminToken)
                .append("' -F file=@<report> ").append(intake).append("/api/submissions\n");
        out.append("Press Ctrl-C to stop everything.\n");
        System.out.print(out);
        System.out.flush();
    }
}
