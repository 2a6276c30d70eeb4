package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's working tree: the files under test are read from there, as operators would apply them. */
final class Repo {

    static final Path ROOT = locate();

    private Repo() {
    }

    static Path path(String relative) {
        Path p = ROOT.resolve(relative).normalize();
        assertTrue(Files.exists(p), () -> "missing " + relative);
        return p;
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locate() {
        // Set by the POM; the fallback is Surefire's default working directory (this module).
        String configured = System.getProperty("reportintake.root");
        Path root = (configured != null ? Path.of(configured) : Path.of("../..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("deploy/docker-compose.yml"))) {
            throw new IllegalStateException("not the repository root: " + root);
        }
        return root;
    }
}
