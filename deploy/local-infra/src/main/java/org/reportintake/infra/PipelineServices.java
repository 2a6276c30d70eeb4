package org.reportintake.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** The four packaged services started against one {@link LocalInfra}; used by the local run and the e2e test. */
public final class PipelineServices implements AutoCloseable {

    private final Map<PipelineService, ServiceProcess> processes;

    private PipelineServices(Map<PipelineService, ServiceProcess> processes) {
        this.processes = processes;
    }

    /**
     * Starts all four at once (each JVM spends most of its start waiting on Kafka and Mongo handshakes) and returns
     * when every one is ready.
     */
    public static PipelineServices start(Path repoRoot, LocalInfra infra, Map<PipelineService, Integer> ports,
            String adminToken, Path workDir) {
        String intakeUrl = "http://" + Loopback.HOST + ":" + ports.get(PipelineService.INTAKE);
        Map<PipelineService, ServiceProcess> processes = new EnumMap<>(PipelineService.class);
        for (PipelineService service : PipelineService.values()) {
            int port = ports.get(service);
            processes.put(service, new ServiceProcess(service.module(), service.runJar(repoRoot), port,
                    ServiceEnvironment.of(service, port, infra, adminToken, intakeUrl),
                    workDir.resolve(service.module())));
        }
        PipelineServices services = new PipelineServices(processes);
        try {
            services.forEach(ServiceProcess::start);
        } catch (CompletionException e) {
            services.close();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        return services;
    }

    /** Free ports for every service (tests). */
    public static Map<PipelineService, Integer> freePorts() {
        Map<PipelineService, Integer> ports = new EnumMap<>(PipelineService.class);
        for (PipelineService service : PipelineService.values()) {
            ports.put(service, FreePort.pick());
        }
        return ports;
    }

    /** The fixed ports of the local run: 8080 to 8083. */
    public static Map<PipelineService, Integer> localPorts() {
        Map<PipelineService, Integer> ports = new EnumMap<>(PipelineService.class);
        for (PipelineService service : PipelineService.values()) {
            ports.put(service, service.localPort());
        }
        return ports;
    }

    public ServiceProcess get(PipelineService service) {
        return processes.get(service);
    }

    public List<ServiceProcess> all() {
        return List.copyOf(processes.values());
    }

    /** Stops the services in parallel, each even if another fails to stop. */
    @Override
    public void close() {
        try {
            forEach(ServiceProcess::stop);
        } catch (CompletionException e) {
            // stop() already escalated to SIGKILL where needed; nothing more to do
        }
    }

    /** Runs the action on every service at once, on its own thread (the common pool has one thread on 2 cores). */
    private void forEach(Consumer<ServiceProcess> action) {
        ExecutorService executor = Executors.newFixedThreadPool(processes.size());
        try {
            List<CompletableFuture<?>> tasks = new ArrayList<>();
            for (ServiceProcess process : processes.values()) {
                tasks.add(CompletableFuture.runAsync(() -> action.accept(process), executor));
            }
            CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).join();
        } finally {
            executor.shutdown();
        }
    }
}
