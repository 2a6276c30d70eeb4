package org.reportintake.parser.messaging;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Builds an outgoing Kafka record that carries CloudEvents attributes and the agency id as its key. */
final class CloudEventMessages {

    private CloudEventMessages() {
    }

    static Message<String> of(String id, String type, String source, String key, String json, Instant time) {
        OutgoingCloudEventMetadata<String> ce = OutgoingCloudEventMetadata.<String>builder()
                .withId(id)
                .withType(type)
                .withSource(URI.create(source))
                .withDataContentType("application/json")
                .withTimestamp(ZonedDateTime.ofInstant(time, ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build();
        return Message.of(json, Metadata.of(ce, kafka));
    }
}
