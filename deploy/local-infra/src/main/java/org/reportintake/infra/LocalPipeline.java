package org.reportintake.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;

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
        String adminToken = System.getenv().getOrDefault("INTAKE_ADMIN_TOKEN", ServiceEnvironment.LOCAL_ADMIN_TOKEN);
        Path dataDir = repoRoot.resolve(".local-data");
        long started = System.nanoTime();
        System.out.println("Starting Kafka, MongoDB-compatible server and SMTP server (data in " + dataDir + ") ...");

        LocalInfra infra = LocalInfra.startPersistent(dataDir);
        Duration infraReady = Duration.ofNanos(System.nanoTime() - started);
        PipelineServices services;
        try {
            System.out.println("Infrastructure ready in " + infraReady.toMillis() + " ms (Kafka broker "
                    + infra.kafka().lastStartup().toMillis() + " ms); starting the four services ...");
            services = PipelineServices.start(repoRoot, infra, PipelineServices.localPorts(), adminToken,
                    dataDir.resolve("services"));
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the services and the infrastructure ...");
            services.close();
            infra.close();
            stopped.countDown();
        }, "local-pipeline-shutdown"));

        printSummary(infra, services, adminToken, Duration.ofNanos(System.nanoTime() - started));
        stopped.await();
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
        out.append("\nPress Ctrl-C to stop everything.\n");
        System.out.print(out);
        System.out.flush();
    }
}
