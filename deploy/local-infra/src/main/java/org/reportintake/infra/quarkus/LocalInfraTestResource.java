package org.reportintake.infra.quarkus;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real Kafka, MongoDB-compatible and SMTP servers for {@code @QuarkusTest}s:
 * {@code @QuarkusTestResource(LocalInfraTestResource.class)}. One set of servers per test JVM, started by the first
 * test that needs it and stopped by a shutdown hook, so test classes do not pay a broker start each.
 */
public final class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfra infra = infra();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafkaBootstrapServers(),
                "quarkus.mongodb.connection-string", infra.mongoConnectionString(),
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(infra.smtpPort()),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.tls", "false",
                "quarkus.devservices.enabled", "false",
                "quarkus.vertx.cache-directory", Path.of("target", "vertx-cache").toAbsolutePath().toString());
    }

    @Override
    public void stop() {
        // Deliberately nothing: the servers outlive one application start and stop with the JVM.
    }

    /** The shared infrastructure of this test JVM, started if needed. */
    public static TestInfra infra() {
        return new TestInfra(jvmWideHandle());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jvmWideHandle() {
        try {
            Class<?> holder = loadHolder();
            return (Map<String, Object>) holder.getMethod("getOrStart").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("starting the local infrastructure failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The system class loader's copy when it has one (Surefire puts the test classpath there); ours otherwise. */
    private static Class<?> loadHolder() throws ClassNotFoundException {
        try {
            return Class.forName(JvmWideInfra.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            return JvmWideInfra.class;
        }
    }
}
