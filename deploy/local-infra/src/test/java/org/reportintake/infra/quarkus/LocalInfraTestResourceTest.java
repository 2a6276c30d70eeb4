package org.reportintake.infra.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class LocalInfraTestResourceTest {

    @Test
    void everyResourceInstanceSharesOneInfrastructure() {
        Map<String, String> first = new LocalInfraTestResource().start();
        Map<String, String> second = new LocalInfraTestResource().start();

        assertEquals(first, second);
        assertTrue(first.get("kafka.bootstrap.servers").startsWith("127.0.0.1:"));
        assertEquals("127.0.0.1", first.get("quarkus.mailer.host"));
        assertEquals("false", first.get("quarkus.mailer.mock"));
        assertEquals("false", first.get("quarkus.devservices.enabled"));
        assertTrue(first.get("quarkus.vertx.cache-directory").contains("target"));
        assertEquals(LocalInfraTestResource.infra().mongoConnectionString(),
                first.get("quarkus.mongodb.connection-string"));
    }

    @Test
    void sharedInfrastructureServesMongoAndMail() throws Exception {
        TestInfra infra = LocalInfraTestResource.infra();
        try (MongoClient client = MongoClients.create(infra.mongoConnectionString())) {
            client.getDatabase("report_intake").getCollection("probe").insertOne(new Document("ok", true));
            assertEquals(1, client.getDatabase("report_intake").getCollection("probe").countDocuments());
        }
        infra.purgeMail();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(infra.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("agency@localhost"));
        message.setFrom(new InternetAddress("report-intake@localhost"));
        message.setSubject("shared");
        message.setText("hello");
        Transport.send(message);

        List<MimeMessage> received = infra.awaitMessages(1, Duration.ofSeconds(10));

        assertEquals("shared", received.get(0).getSubject());
    }
}
