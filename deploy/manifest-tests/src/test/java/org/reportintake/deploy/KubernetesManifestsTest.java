package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.reportintake.deploy.Kustomize.find;
import static org.reportintake.deploy.Kustomize.name;
import static org.reportintake.deploy.Kustomize.ofKind;
import static org.reportintake.deploy.Yaml.map;
import static org.reportintake.deploy.Yaml.maps;
import static org.reportintake.deploy.Yaml.optMap;
import static org.reportintake.deploy.Yaml.str;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.deploy.Manifests.EnvSource;

/** Every kustomization under deploy/k8s, rendered, against what the services need and read. */
class KubernetesManifestsTest {

    private static final String SECRET = "report-intake-secrets";
    /** Variables whose values are credentials: only ever from the Secret. */
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|TOKEN|CONNECTION_STRING|USERNAME).*");

    static List<String> kustomizations() {
        List<String> dirs = Kustomize.kustomizationDirs();
        assertTrue(dirs.contains("deploy/k8s/base"), "deploy/k8s/base is a kustomization: " + dirs);
        assertTrue(dirs.contains("deploy/k8s/overlays/production"), "production overlay exists: " + dirs);
        return dirs;
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void rendersADeploymentAndServiceForEachOfTheFourServices(String dir) {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        Set<String> expected = Stream.of(ServiceConfig.values()).map(s -> s.appName).collect(Collectors.toSet());
        assertEquals(expected, names(ofKind(objects, "Deployment")), dir + " Deployments");
        assertEquals(expected, names(ofKind(objects, "Service")), dir + " Services");
        for (Map<String, Object> o : objects) {
            assertNotNull(str(o, "apiVersion"), dir + ": apiVersion of " + name(o));
            assertNotNull(name(o), dir + ": an object of kind " + str(o, "kind") + " has no name");
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyDeploymentHasAnImageHealthProbesOnItsPortAndResources(String dir) {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            ServiceConfig service = ServiceConfig.byAppName(name(d));
            Map<String, Object> c = Manifests.container(d);
            String where = dir + " " + service.appName;

            String image = str(c, "image");
            assertNotNull(image, where + ": image");
            assertTrue(image.matches("[^\\s:]+(:[0-9][^:\\s]*)?(/[^\\s:]+)*/" + service.appName + ":[\\w.-]+"),
                    where + ": image names the service and a tag: " + image);

            int port = Integer.parseInt(Manifests.environment(c, objects).get("QUARKUS_HTTP_PORT").value());
            List<Map<String, Object>> ports = maps(c, "ports", where);
            assertTrue(ports.stream().anyMatch(p -> "http".equals(str(p, "name"))
                    && String.valueOf(port).equals(str(p, "containerPort"))),
                    where + ": container port 'http' is QUARKUS_HTTP_PORT " + port);
            assertProbe(c, "readinessProbe", "/q/health/ready", port, where);
            assertProbe(c, "livenessProbe", "/q/health/live", port, where);

            Map<String, Object> resources = map(c, "resources", where);
            Map<String, Object> requests = map(resources, "requests", where + ".resources");
            Map<String, Object> limits = map(resources, "limits", where + ".resources");
            for (String r : List.of("cpu", "memory")) {
                assertNotNull(str(requests, r), where + ": requests." + r);
                assertNotNull(str(limits, r), where + ": limits." + r);
            }
            assertTrue(Manifests.cpu(str(requests, "cpu")).compareTo(Manifests.cpu(str(limits, "cpu"))) <= 0,
                    where + ": cpu request <= limit");
            assertTrue(Manifests.memory(str(requests, "memory"))
                    .compareTo(Manifests.memory(str(limits, "memory"))) <= 0, where + ": memory request <= limit");
            // The heap is 75% of the limit (see the image settings); below 384Mi a Quarkus JVM has no headroom.
            assertTrue(Manifests.memory(str(limits, "memory")).compareTo(Manifests.memory("384Mi")) >= 0,
                    where + ": memory limit at least 384Mi");
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyEnvironmentVariableIsOneTheServiceReads(String dir) {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            ServiceConfig service = ServiceConfig.byAppName(name(d));
            Map<String, String> readable = service.readableEnv();
            Map<String, EnvSource> env = Manifests.environment(Manifests.container(d), objects);
            Set<String> unknown = new TreeSet<>(env.keySet());
            unknown.removeAll(readable.keySet());
            assertEquals(Set.of(), unknown, dir + " " + service.appName + " sets variables it never reads");

            // The essentials: where to listen, Kafka, MongoDB.
            assertEquals("0.0.0.0", env.get("QUARKUS_HTTP_HOST").value(), dir + " " + service.appName
                    + ": the local default 127.0.0.1 would be unreachable in a pod");
            for (String required : List.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_MONGODB_CONNECTION_STRING",
                    "QUARKUS_MONGODB_DATABASE", "QUARKUS_HTTP_PORT")) {
                assertTrue(env.containsKey(required), dir + " " + service.appName + " sets " + required);
            }
        }
        // Every ConfigMap's keys too, including ones no Deployment loads.
        for (Map<String, Object> cm : ofKind(objects, "ConfigMap")) {
            Set<String> keys = optMap(cm, "data", name(cm)).keySet();
            Set<String> readByAnyone = new TreeSet<>();
            for (ServiceConfig s : ServiceConfig.values()) {
                readByAnyone.addAll(s.readableEnv().keySet());
            }
            Set<String> unknown = new TreeSet<>(keys);
            unknown.removeAll(readByAnyone);
            assertEquals(Set.of(), unknown, dir + " ConfigMap " + name(cm) + " has keys no service reads");
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void credentialsComeOnlyFromTheSecret(String dir) {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        Set<String> documentedKeys = map(Yaml.loadOne(Repo.path("deploy/k8s/secret.example.yaml")), "stringData",
                "secret.example.yaml").keySet();
        assertTrue(ofKind(objects, "Secret").isEmpty(), dir + ": no Secret is committed; operators create it");
        for (Map<String, Object> cm : ofKind(objects, "ConfigMap")) {
            for (String key : optMap(cm, "data", name(cm)).keySet()) {
                assertFalse(SECRET_LIKE.matcher(key).matches(), dir + " ConfigMap " + name(cm) + " holds " + key);
            }
        }
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            ServiceConfig service = ServiceConfig.byAppName(name(d));
            Map<String, EnvSource> env = Manifests.environment(Manifests.container(d), objects);
            env.forEach((name, source) -> {
                if (SECRET_LIKE.matcher(name).matches()) {
                    assertTrue(source.fromSecret(), dir + " " + service.appName + ": " + name + " from the Secret");
                }
                if (source.fromSecret()) {
                    assertEquals(SECRET, source.secret(), dir + " " + service.appName + " " + name);
                    assertTrue(documentedKeys.contains(source.secretKey()), dir + " " + service.appName + ": key "
                            + source.secretKey() + " is documented in deploy/k8s/secret.example.yaml");
                }
            });
        }
        Map<String, EnvSource> intake = envOf(objects, ServiceConfig.INTAKE);
        assertTrue(intake.containsKey("INTAKE_ADMIN_TOKEN"), dir + ": intake reads its admin token from the Secret");
        Map<String, EnvSource> notifier = envOf(objects, ServiceConfig.NOTIFIER);
        assertTrue(notifier.containsKey("QUARKUS_MAILER_PASSWORD"), dir + ": notifier gets the SMTP password");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void replicasAndAutoscaling(String dir) {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        int partitions = StrimziTopics.partitions().get("report.submitted");

        Map<String, Object> intake = find(objects, "Deployment", ServiceConfig.INTAKE.appName);
        assertEquals("2", str(map(intake, "spec", "intake"), "replicas"), dir + ": intake runs 2 replicas");
        assertAutoscaled(objects, ServiceConfig.PARSER, 2, partitions, dir);
        assertAutoscaled(objects, ServiceConfig.VALIDATOR, 2, partitions, dir);
        Map<String, Object> notifierHpa = assertAutoscaled(objects, ServiceConfig.NOTIFIER, 1, 2, dir);
        assertEquals("1", str(map(notifierHpa, "spec", "hpa"), "minReplicas"), dir + ": notifier 1 to 2");
        assertEquals("2", str(map(notifierHpa, "spec", "hpa"), "maxReplicas"), dir + ": notifier 1 to 2");
        assertEquals(3, ofKind(objects, "HorizontalPodAutoscaler").size(), dir + ": HPAs for parser, validator, "
                + "notifier only (intake is a fixed 2)");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void selectorsAndServicesMatchThePods(String dir) {
        List<Map<String, Object>> objects = Kustomize.render(dir);
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            String where = dir + " Deployment " + name(d);
            Map<String, Object> spec = map(d, "spec", where);
            Map<String, Object> selector = map(map(spec, "selector", where), "matchLabels", where + ".selector");
            Map<String, Object> podLabels = map(map(map(spec, "template", where), "metadata", where), "labels",
                    where + ".template.metadata");
            assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), where + ": selector matches its pods");

            Map<String, Object> service = find(objects, "Service", name(d));
            Map<String, Object> serviceSpec = map(service, "spec", "Service " + name(d));
            Map<String, Object> serviceSelector = map(serviceSpec, "selector", "Service " + name(d));
            assertTrue(podLabels.entrySet().containsAll(serviceSelector.entrySet()), where + ": Service selects it");
            for (Map<String, Object> other : ofKind(objects, "Deployment")) {
                if (other != d) {
                    Map<String, Object> otherLabels = map(map(map(map(other, "spec", "d"), "template", "t"),
                            "metadata", "m"), "labels", "l");
                    assertFalse(otherLabels.entrySet().containsAll(serviceSelector.entrySet()),
                            dir + ": Service " + name(d) + " also selects " + name(other));
                }
            }
            String containerPort = maps(Manifests.container(d), "ports", where).stream()
                    .filter(p -> "http".equals(str(p, "name"))).map(p -> str(p, "containerPort"))
                    .findFirst().orElseThrow();
            for (Map<String, Object> p : maps(serviceSpec, "ports", "Service " + name(d))) {
                String target = str(p, "targetPort");
                assertTrue("http".equals(target) || containerPort.equals(target),
                        dir + " Service " + name(d) + " targets the container's http port, not " + target);
            }
        }
    }

    @Test
    void everyYamlFileUnderBaseAndOverlaysIsUsedByAKustomization() throws IOException {
        Set<Path> referenced = Kustomize.referencedFiles();
        List<Path> orphans = new ArrayList<>();
        for (String top : List.of("deploy/k8s/base", "deploy/k8s/overlays")) {
            try (Stream<Path> files = Files.walk(Repo.path(top))) {
                files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .map(p -> p.toAbsolutePath().normalize())
                        .filter(p -> !referenced.contains(p))
                        .forEach(orphans::add);
            }
        }
        assertEquals(List.of(), orphans, "YAML that no kustomization applies would silently not be deployed");
    }

    @Test
    void strimziTopicsAreTheTopicsTheServicesUse() {
        Map<String, Integer> partitions = StrimziTopics.partitions();
        assertEquals(ServiceConfig.allTopics(), partitions.keySet(), "KafkaTopics vs the services' topics");
        assertEquals(7, partitions.size(), "3 pipeline topics and 4 dead-letter topics");
        for (String topic : ServiceConfig.mainTopics()) {
            assertEquals(12, partitions.get(topic), topic + ": 12 partitions, the parser/validator ceiling");
        }
        for (Map<String, Object> t : Yaml.loadAll(Repo.path(StrimziTopics.FILE))) {
            Map<String, Object> spec = map(t, "spec", name(t));
            int replicas = Integer.parseInt(str(spec, "replicas"));
            int minIsr = Integer.parseInt(str(map(spec, "config", name(t)), "min.insync.replicas"));
            assertTrue(minIsr < replicas, name(t) + ": acks=all producers survive one broker down");
            Map<String, Object> labels = optMap(map(t, "metadata", name(t)), "labels", name(t));
            assertEquals("report-intake", str(labels, "strimzi.io/cluster"),
                    name(t) + ": the Topic Operator of the Kafka cluster named in the ConfigMap's bootstrap address");
        }
    }

    private static Map<String, Object> assertAutoscaled(List<Map<String, Object>> objects, ServiceConfig service,
            int min, int maxAtMost, String dir) {
        String where = dir + " " + service.appName;
        Map<String, Object> hpa = find(objects, "HorizontalPodAutoscaler", service.appName);
        assertEquals("autoscaling/v2", str(hpa, "apiVersion"), where);
        Map<String, Object> spec = map(hpa, "spec", where + " HPA");
        Map<String, Object> target = map(spec, "scaleTargetRef", where + " HPA");
        assertEquals("Deployment", str(target, "kind"), where);
        assertEquals(service.appName, str(target, "name"), where);
        assertTrue(Integer.parseInt(str(spec, "minReplicas")) >= min, where + ": minReplicas >= " + min);
        int max = Integer.parseInt(str(spec, "maxReplicas"));
        assertTrue(max <= maxAtMost && max >= Integer.parseInt(str(spec, "minReplicas")),
                where + ": maxReplicas " + max + " within " + maxAtMost);
        List<Map<String, Object>> metrics = maps(spec, "metrics", where + " HPA");
        assertTrue(metrics.stream().anyMatch(m -> "Resource".equals(str(m, "type"))
                && "cpu".equals(str(map(m, "resource", "metric"), "name"))), where + ": CPU based");
        // With an HPA, a replicas field would fight it on every apply.
        assertNull(map(find(objects, "Deployment", service.appName), "spec", where).get("replicas"),
                where + ": the HPA owns the replica count");
        return hpa;
    }

    private static void assertProbe(Map<String, Object> c, String probe, String path, int port, String where) {
        Map<String, Object> p = c.get(probe) == null ? null : map(c, probe, where);
        if (p == null) {
            fail(where + ": no " + probe);
        }
        Map<String, Object> get = map(p, "httpGet", where + "." + probe);
        assertEquals(path, str(get, "path"), where + "." + probe + " path");
        String probePort = str(get, "port");
        assertTrue(String.valueOf(port).equals(probePort) || "http".equals(probePort),
                where + "." + probe + " port " + probePort + " is the HTTP port " + port);
    }

    private static Map<String, EnvSource> envOf(List<Map<String, Object>> objects, ServiceConfig s) {
        return Manifests.environment(Manifests.container(find(objects, "Deployment", s.appName)), objects);
    }

    private static Set<String> names(List<Map<String, Object>> objects) {
        return objects.stream().map(Kustomize::name).collect(Collectors.toSet());
    }
}
