package org.reportintake.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class MailServerTest {

    @Test
    void mailServerKeepsEveryReceivedMessageAndListsItOnTheInboxPage() throws Exception {
        try (MailServer mail = new MailServer(FreePort.pick(), 0).start()) {
            send(mail.smtpPort(), "agency@localhost", "年度报告未通过校验", "规则 A1：合计不符");

            List<MimeMessage> received = mail.awaitMessages(1, Duration.ofSeconds(10));

            assertEquals(1, received.size());
            assertEquals("年度报告未通过校验", received.get(0).getSubject());
            assertEquals("agency@localhost", received.get(0).getRecipients(Message.RecipientType.TO)[0].toString());
            assertTrue(MailText.of(received.get(0)).contains("规则 A1"));
            String page = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(mail.inboxUrl())).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(page.contains("年度报告未通过校验") && page.contains("规则 A1：合计不符"), page);
        }
    }

    @Test
    void purgedMailServerHasNoMessages() throws Exception {
        try (MailServer mail = new MailServer(FreePort.pick(), -1).start()) {
            send(mail.smtpPort(), "someone@localhost", "first", "body");
            mail.awaitMessages(1, Duration.ofSeconds(10));

            mail.purge();

            assertEquals(0, mail.receivedMessages().size());
        }
    }

    private static void send(int port, String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("report-intake@localhost"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}
