package org.reportintake.infra.quarkus;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** What a service's test sees of the shared infrastructure: addresses and the mail received so far. */
public final class TestInfra {

    private final Map<String, Object> handle;

    TestInfra(Map<String, Object> handle) {
        this.handle = handle;
    }

    public String kafkaBootstrapServers() {
        return (String) handle.get(JvmWideInfra.KAFKA);
    }

    public String mongoConnectionString() {
        return (String) handle.get(JvmWideInfra.MONGO);
    }

    public int smtpPort() {
        return (Integer) handle.get(JvmWideInfra.SMTP_PORT);
    }

    /** Every message the SMTP server has received (since the last {@link #purgeMail()}). */
    public List<MimeMessage> receivedMessages() {
        @SuppressWarnings("unchecked")
        Supplier<List<byte[]>> raw = (Supplier<List<byte[]>>) handle.get(JvmWideInfra.MAIL);
        // Parsed here so the MimeMessage class is the one the calling test sees.
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>();
        for (byte[] bytes : raw.get()) {
            try {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(bytes)));
            } catch (MessagingException e) {
                throw new IllegalStateException("cannot parse a received message", e);
            }
        }
        return messages;
    }

    /** Waits until at least {@code count} messages have arrived and returns all of them. */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> messages = receivedMessages();
            if (messages.size() >= count) {
                return messages;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected at least " + count + " mail(s) within " + timeout + ", got "
                        + messages.size());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public void purgeMail() {
        ((Runnable) handle.get(JvmWideInfra.PURGE_MAIL)).run();
    }

    /** An SMTP outage: the server stops accepting connections until {@link #resumeSmtp()}. */
    public void stopSmtp() {
        ((Runnable) handle.get(JvmWideInfra.STOP_SMTP)).run();
    }

    public void resumeSmtp() {
        ((Runnable) handle.get(JvmWideInfra.RESUME_SMTP)).run();
    }

    /**
     * Stops the shared broker (controlled shutdown), for tests of what a service does while Kafka is away. Every test
     * class of the JVM shares it: call {@link #startKafka()} in a finally block.
     */
    public void stopKafka() {
        ((Runnable) handle.get(JvmWideInfra.KAFKA_STOP)).run();
    }

    /** Starts the shared broker again on the same port and data, and returns once it answers. */
    public void startKafka() {
        ((Runnable) handle.get(JvmWideInfra.KAFKA_START)).run();
    }
}
