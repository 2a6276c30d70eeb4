package org.reportintake.infra.quarkus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.reportintake.infra.LocalInfra;

/**
 * Holds the one {@link LocalInfra} of a test JVM. Quarkus may load the test resource in several class loaders (one per
 * application start), so this class is always used through the system class loader and hands out JDK types only.
 */
public final class JvmWideInfra {

    static final String KAFKA = "kafka.bootstrap.servers";
    static final String MONGO = "mongo.connection.string";
    static final String SMTP_PORT = "smtp.port";
    static final String MAIL = "mail.raw";
    static final String PURGE_MAIL = "mail.purge";
    static final String STOP_SMTP = "smtp.stop";
    static final String RESUME_SMTP = "smtp.resume";
    static final String KAFKA_STOP = "kafka.stop";
    static final String KAFKA_START = "kafka.start";

    private static Map<String, Object> handle;

    private JvmWideInfra() {
    }

    /** Starts the infrastructure on the first call; later calls return the same handle. */
    public static synchronized Map<String, Object> getOrStart() {
        if (handle == null) {
            // Server threads inherit the context class loader of the thread that starts them; GreenMail's
            // jakarta.mail and Kafka's clients look up providers through it, so it must be this class's loader,
            // not the Quarkus application loader of whichever test came first.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(JvmWideInfra.class.getClassLoader());
            LocalInfra infra;
            try {
                infra = LocalInfra.startForTests();
            } finally {
                thread.setContextClassLoader(previous);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "local-infra-shutdown"));
            Map<String, Object> values = new HashMap<>();
            values.put(KAFKA, infra.kafkaBootstrapServers());
            values.put(MONGO, infra.mongoConnectionString());
            values.put(SMTP_PORT, infra.mail().smtpPort());
            values.put(MAIL, (Supplier<List<byte[]>>) () -> infra.mail().receivedRaw());
            values.put(PURGE_MAIL, (Runnable) () -> infra.mail().purge());
            values.put(STOP_SMTP, (Runnable) () -> infra.mail().stopSmtp());
            values.put(RESUME_SMTP, (Runnable) () -> infra.mail().resumeSmtp());
            values.put(KAFKA_STOP, (Runnable) () -> infra.kafka().stop());
            values.put(KAFKA_START, (Runnable) () -> infra.kafka().start());
            handle = Map.copyOf(values);
        }
        return handle;
    }
}
