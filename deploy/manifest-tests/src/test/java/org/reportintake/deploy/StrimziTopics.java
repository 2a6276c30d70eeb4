package org.reportintake.deploy;

import java.util.Map;
import java.util.TreeMap;

/** The Strimzi KafkaTopic example operators apply in the Kafka cluster's namespace. */
final class StrimziTopics {

    static final String FILE = "deploy/k8s/strimzi/kafka-topics.yaml";

    private StrimziTopics() {
    }

    /** Topic name → partitions. */
    static Map<String, Integer> partitions() {
        Map<String, Integer> out = new TreeMap<>();
        for (Map<String, Object> t : Yaml.loadAll(Repo.path(FILE))) {
            if (!"KafkaTopic".equals(Yaml.str(t, "kind"))) {
                throw new AssertionError(FILE + ": unexpected kind " + Yaml.str(t, "kind"));
            }
            Map<String, Object> spec = Yaml.map(t, "spec", Kustomize.name(t));
            String topic = Yaml.str(spec, "topicName") != null ? Yaml.str(spec, "topicName") : Kustomize.name(t);
            if (out.put(topic, Integer.parseInt(Yaml.str(spec, "partitions"))) != null) {
                throw new AssertionError(FILE + ": " + topic + " twice");
            }
        }
        return out;
    }
}
