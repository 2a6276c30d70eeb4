package org.reportintake.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A packaged Quarkus service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running as a child JVM that dies
 * with this one. Configured through environment variables only, as in production; its log goes to a file.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Quarkus' runner main; started through the launcher so the service dies with its parent. */
    private static final String QUARKUS_MAIN = "io.quarkus.bootstrap.runner.QuarkusEntryPoint";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** C1 only: on 2 cores, four services starting at once spend their start-up in the C2 compiler otherwise. */
    private static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=192m", "-Djava.awt.headless=true");
    /** Always: intake's crawler sends the site's Host header to the address it checked (see GuardedFetcher). */
    private static final List<String> REQUIRED_JVM_OPTIONS = List.of("-Djdk.httpclient.allowRestrictedHeaders=host");
    /**
     * Replaces the default options above (space-separated), e.g. for a load run, where C2-compiled parsing matters
     * more than start-up time; the required ones are always added.
     */
    public static final String JVM_OPTIONS_PROPERTY = "reportintake.service.jvm-options";

    private final String name;
    private final Path runJar;
    private final int httpPort;
    private final Map<String, String> environment;
    private final Path workDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChildProcess process;
    private Duration lastStartup = Duration.ZERO;

    /**
     * @param workDir working directory of the service (relative paths in its configuration land here) and home
     *                of its log file
     */
    public ServiceProcess(String name, Path runJar, int httpPort, Map<String, String> environment, Path workDir) {
        this.name = name;
        this.runJar = runJar.toAbsolutePath();
        this.httpPort = httpPort;
        this.environment = Map.copyOf(environment);
        this.workDir = workDir.toAbsolutePath();
    }

    /** Starts the service and returns once {@code /q/health/ready} answers 200. */
    public synchronized ServiceProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        if (!Files.isRegularFile(runJar)) {
            throw new IllegalStateException(runJar + " does not exist: package the service first (mvn -B -DskipTests package)");
        }
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(
                ChildJvm.command(jvmOptions(), runJar.toString(), QUARKUS_MAIN, List.of()))
                .directory(workDir.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_HOST", Loopback.HOST);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        process = ChildProcess.start(name, builder, logFile());
        awaitReady();
        lastStartup = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    private static List<String> jvmOptions() {
        String override = System.getProperty(JVM_OPTIONS_PROPERTY);
        List<String> options = new ArrayList<>(override == null || override.isBlank() ? DEFAULT_JVM_OPTIONS
                : List.of(override.strip().split("\\s+")));
        options.addAll(REQUIRED_JVM_OPTIONS);
        return options;
    }

    /** SIGTERM: Quarkus shuts down gracefully (consumers commit, producers flush). */
    public synchronized void stop() {
        if (process != null) {
            process.stop(30);
            process = null;
        }
    }

    /** SIGKILL: a crash. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    public ServiceProcess restart() {
        stop();
        return start();
    }

    @Override
    public void close() {
        stop();
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://" + Loopback.HOST + ":" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Duration lastStartup() {
        return lastStartup;
    }

    public Path logFile() {
        return workDir.resolve(name + ".log");
    }

    /** The last lines of the service's log, e.g. for a failing test's message. */
    public synchronized String logTail(int lines) {
        return process == null ? "(not running; log at " + logFile() + ")" : process.logTail(lines);
    }

    private void awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        int lastStatus = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start-up; log " + logFile() + ":\n"
                        + process.logTail(60));
            }
            try {
                lastStatus = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (lastStatus == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(200);
        }
        String tail = process.logTail(60);
        process.kill();
        process = null;
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + " (last /q/health/ready status "
                + lastStatus + "); log:\n" + tail);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " at " + baseUrl();
    }
}
