package org.reportintake.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 that keeps every message it receives, whoever the recipient is.
 * Optionally also serves an inbox page so a person running the pipeline locally can read the mail.
 */
public final class MailServer implements AutoCloseable {

    private final int smtpPort;
    private final int inboxPort;
    private GreenMail greenMail;
    private MailInboxPage inboxPage;

    /**
     * @param smtpPort  SMTP port
     * @param inboxPort port of the inbox page, or -1 for none
     */
    public MailServer(int smtpPort, int inboxPort) {
        this.smtpPort = smtpPort;
        this.inboxPort = inboxPort;
    }

    public MailServer start() {
        ServerSetup smtp = new ServerSetup(smtpPort, Loopback.HOST, ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(smtp);
        greenMail.start();
        if (inboxPort >= 0) {
            inboxPage = new MailInboxPage(this, inboxPort).start();
        }
        return this;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** URL of the inbox page, or null when it is not served. */
    public String inboxUrl() {
        return inboxPage == null ? null : inboxPage.url();
    }

    public List<MimeMessage> receivedMessages() {
        return new ArrayList<>(Arrays.asList(greenMail.getReceivedMessages()));
    }

    /** The received messages as raw RFC 822 bytes (JDK types only, see LocalInfraTestResource). */
    public List<byte[]> receivedRaw() {
        List<byte[]> raw = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                raw.add(out.toByteArray());
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException("cannot serialise a received message", e);
            }
        }
        return raw;
    }

    /** Waits until at least {@code count} messages have arrived; returns all received messages. */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) {
        if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new IllegalStateException("expected at least " + count + " mail(s) within " + timeout + ", got "
                    + greenMail.getReceivedMessages().length);
        }
        return receivedMessages();
    }

    /** Stops accepting SMTP connections (an outage, for fault tests); {@link #resumeSmtp()} brings it back. */
    public synchronized void stopSmtp() {
        greenMail.stop();
    }

    /** Starts SMTP again on the same port after {@link #stopSmtp()}; mail received before is forgotten. */
    public synchronized void resumeSmtp() {
        // Connection threads inherit this thread's context class loader; jakarta.mail looks up providers with it.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MailServer.class.getClassLoader());
        try {
            greenMail = new GreenMail(new ServerSetup(smtpPort, Loopback.HOST, ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Forgets every received message, e.g. between tests. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("cannot purge the mailboxes", e);
        }
    }

    @Override
    public void close() {
        if (inboxPage != null) {
            inboxPage.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Override
    public String toString() {
        return "SMTP server at " + Loopback.HOST + ":" + smtpPort + (inboxPage == null ? "" : ", inbox " + inboxUrl());
    }
}
