package org.reportintake.notifier;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Whether a consumer group has handled everything published to a topic so far. The group commits an offset only once
 * every record before it was acknowledged, so committed offsets at the topic's end mean "nothing is still in flight":
 * a definite state to wait for instead of sleeping and hoping a duplicate would have shown by then.
 */
final class ConsumerProgress {

    private final String bootstrapServers;

    ConsumerProgress(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Waits until {@code groupId} has committed the end offset, as of now, of every partition of {@code topic}. */
    void awaitCaughtUp(String groupId, String topic, Duration timeout) {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        await(groupId + " committed the end of " + topic + " " + ends).atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> committedUpTo(groupId, ends));
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try (Admin admin = admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever published
            }
            throw new IllegalStateException("cannot read the end offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean committedUpTo(String groupId, Map<TopicPartition, Long> ends) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get();
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata at = committed.get(end.getKey());
                return end.getValue() == 0 || at != null && at.offset() >= end.getValue();
            });
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }
}
