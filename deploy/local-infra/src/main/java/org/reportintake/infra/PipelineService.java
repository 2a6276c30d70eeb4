package org.reportintake.infra;

import java.nio.file.Path;

/** The four services of the pipeline: their Maven module and their port in the local run. */
public enum PipelineService {
    INTAKE("intake-service", 8080),
    PARSER("parser-service", 8081),
    VALIDATOR("validator-service", 8082),
    NOTIFIER("notifier-service", 8083);

    private final String module;
    private final int localPort;

    PipelineService(String module, int localPort) {
        this.module = module;
        this.localPort = localPort;
    }

    public String module() {
        return module;
    }

    public int localPort() {
        return localPort;
    }

    /** The packaged service inside the repository checkout. */
    public Path runJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
