package org.reportintake.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.reportintake.infra.runtime.DieWithParent;

/**
 * Builds the command line of a child JVM that exits when this JVM is gone (see {@link DieWithParent}), and knows
 * the Kafka broker's classpath written into the kafka-broker-runtime jar at build time.
 */
public final class ChildJvm {

    private static final String BROKER_CLASSPATH_RESOURCE = "org/reportintake/infra/kafka-broker.classpath";

    private ChildJvm() {
    }

    /** {@code java <jvmOptions> -cp <launcher>:<classpath> DieWithParent <thisPid> <mainClass> <args>}. */
    public static List<String> command(List<String> jvmOptions, String classpath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(launcherLocation() + File.pathSeparator + classpath);
        command.add(DieWithParent.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The broker's jars, as absolute paths into the local Maven repository. */
    public static String brokerClasspath() {
        URL resource = ChildJvm.class.getClassLoader().getResource(BROKER_CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(BROKER_CLASSPATH_RESOURCE + " is missing: build deploy/kafka-broker-runtime first");
        }
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or classes directory) holding the launcher classes of kafka-broker-runtime. */
    static String launcherLocation() {
        try {
            return Path.of(DieWithParent.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
