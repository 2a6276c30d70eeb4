package org.reportintake.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A plain-text page listing every mail the {@link MailServer} received: readable in a browser and with curl. */
final class MailInboxPage implements AutoCloseable {

    private final MailServer mail;
    private final int requestedPort;
    private HttpServer server;

    MailInboxPage(MailServer mail, int requestedPort) {
        this.mail = mail;
        this.requestedPort = requestedPort;
    }

    MailInboxPage start() {
        try {
            server = HttpServer.create(new InetSocketAddress(Loopback.HOST, requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the inbox page on port " + requestedPort, e);
        }
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    String url() {
        return "http://" + Loopback.HOST + ":" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = render(mail.receivedMessages()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String render(List<MimeMessage> messages) {
        StringBuilder page = new StringBuilder();
        page.append(messages.size()).append(" message(s) received by the local SMTP server\n\n");
        int number = 1;
        for (MimeMessage message : messages) {
            page.append("=== #").append(number++).append(" ===\n");
            try {
                page.append("Date:    ").append(message.getSentDate()).append('\n');
                page.append("From:    ").append(addresses(message.getFrom())).append('\n');
                page.append("To:      ").append(addresses(message.getRecipients(Message.RecipientType.TO))).append('\n');
                page.append("Subject: ").append(message.getSubject()).append("\n\n");
            } catch (MessagingException e) {
                page.append("(unreadable headers: ").append(e.getMessage()).append(")\n\n");
            }
            page.append(MailText.of(message).strip()).append("\n\n");
        }
        return page.toString();
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
