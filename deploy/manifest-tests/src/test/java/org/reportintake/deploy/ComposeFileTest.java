package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.deploy.Yaml.list;
import static org.reportintake.deploy.Yaml.map;
import static org.reportintake.deploy.Yaml.optMap;
import static org.reportintake.deploy.Yaml.str;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** deploy/docker-compose.yml: infrastructure, the four services configured by environment only, health. */
class ComposeFileTest {

    private static final Set<String> INFRA = Set.of("kafka", "kafka-init", "mongo", "mailpit");
    /** Keys an application service may have: anything else (command, volumes, env_file) is configuration by another route. */
    private static final Set<String> APP_KEYS = Set.of("image", "environment", "ports", "mem_limit", "depends_on",
            "healthcheck", "restart");

    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    static void load() {
        compose = Yaml.loadOne(Repo.path("deploy/docker-compose.yml"));
        services = map(compose, "services", "compose");
    }

    @Test
    void hasTheInfrastructureAndTheFourServices() {
        Set<String> expected = new TreeSet<>(INFRA);
        for (ServiceConfig s : ServiceConfig.values()) {
            expected.add(s.composeName);
        }
        assertEquals(expected, new TreeSet<>(services.keySet()));
        assertEquals("apache/kafka:4.1.1", str(service("kafka"), "image"));
        assertEquals("apache/kafka:4.1.1", str(service("kafka-init"), "image"));
        assertEquals("mongo:7", str(service("mongo"), "image"));
        assertTrue(str(service("mailpit"), "image").startsWith("axllent/mailpit"));
        List<Object> mongoCommand = list(service("mongo"), "command", "mongo");
        int replSet = mongoCommand.indexOf("--replSet");
        assertTrue(replSet >= 0 && "rs0".equals(mongoCommand.get(replSet + 1)), "mongo runs replica set rs0");
    }

    @Test
    void kafkaListenersWorkOnTheComposeNetwork() {
        Map<String, String> env = environment("kafka");
        assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES"), "KRaft, one combined node");
        assertEquals("PLAINTEXT://kafka:9092", env.get("KAFKA_ADVERTISED_LISTENERS"),
                "advertised under the service name, or clients in other containers are sent to localhost");
        assertEquals("1@kafka:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertTrue(env.get("KAFKA_LISTENERS").contains("CONTROLLER://:9093"));
        assertEquals("1", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"), "one broker cannot replicate");
    }

    @Test
    void everyLongRunningContainerHasAHealthCheck() {
        for (String name : services.keySet()) {
            if (name.equals("kafka-init")) {
                assertEquals("no", str(service(name), "restart"), "kafka-init runs once");
                continue;
            }
            Map<String, Object> hc = map(service(name), "healthcheck", name);
            assertFalse(list(hc, "test", name + ".healthcheck").isEmpty(), name + " has a health check command");
        }
        String mongoCheck = healthcheckText("mongo");
        assertTrue(mongoCheck.contains("rs.initiate(") && mongoCheck.contains("try { rs.status() }"),
                "mongo's check initiates the replica set only when it has none: " + mongoCheck);
        assertTrue(mongoCheck.contains("host: 'mongo:27017'"), "the member is named as clients reach it");
        for (ServiceConfig s : ServiceConfig.values()) {
            String check = healthcheckText(s.composeName);
            String port = environment(s.composeName).get("QUARKUS_HTTP_PORT");
            assertTrue(check.contains("/q/health/ready"), s.composeName + " checks readiness: " + check);
            assertTrue(check.contains("/dev/tcp/127.0.0.1/" + port + " "), s.composeName + " checks its own port "
                    + port + ": " + check);
            // Compose would substitute a single $ itself (and fail or blank it).
            assertFalse(Pattern.compile("(?<!\\$)\\$(?![${])").matcher(check.replace("$$", "")).find(),
                    s.composeName + ": shell variables escaped as $$ in " + check);
        }
    }

    @Test
    void servicesAreConfiguredByEnvironmentVariablesTheyRead() {
        for (ServiceConfig s : ServiceConfig.values()) {
            Map<String, Object> svc = service(s.composeName);
            Set<String> extra = new TreeSet<>(svc.keySet());
            extra.removeAll(APP_KEYS);
            assertEquals(Set.of(), extra, s.composeName + ": configured by environment variables only");
            assertTrue(str(svc, "image").matches("\\$\\{REPORT_INTAKE_IMAGE_PREFIX:-report-intake}/" + s.appName
                    + ":\\$\\{REPORT_INTAKE_TAG:-[\\w.-]+}"), s.composeName + " image: " + str(svc, "image"));

            Map<String, String> env = environment(s.composeName);
            Set<String> unknown = new TreeSet<>(env.keySet());
            unknown.removeAll(s.readableEnv().keySet());
            assertEquals(Set.of(), unknown, s.composeName + " sets variables it never reads");

            assertEquals("0.0.0.0", env.get("QUARKUS_HTTP_HOST"), s.composeName + " listens beyond loopback");
            assertEquals("kafka:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"), s.composeName);
            assertEquals("mongodb://mongo:27017/?replicaSet=rs0", env.get("QUARKUS_MONGODB_CONNECTION_STRING"),
                    s.composeName);
            assertEquals(ServiceConfig.INTAKE.property("quarkus.mongodb.database"),
                    env.get("QUARKUS_MONGODB_DATABASE"), s.composeName + ": one database for all");
            assertNotNull(env.get("QUARKUS_HTTP_PORT"), s.composeName);
        }
        Map<String, String> notifier = environment("notifier");
        assertEquals("mailpit", notifier.get("QUARKUS_MAILER_HOST"));
        assertEquals("1025", notifier.get("QUARKUS_MAILER_PORT"), "Mailpit's SMTP port");
        assertTrue(list(service("mailpit"), "ports", "mailpit").contains("127.0.0.1:8025:8025"), "Mailpit web UI");
        assertTrue(environment("intake").get("INTAKE_ADMIN_TOKEN").startsWith("${INTAKE_ADMIN_TOKEN"),
                "the admin token comes from the operator's environment");
    }

    @Test
    void servicesStartOnlyOnceTheirDependenciesAreHealthy() {
        for (ServiceConfig s : ServiceConfig.values()) {
            Map<String, Object> deps = map(service(s.composeName), "depends_on", s.composeName);
            assertEquals("service_healthy", condition(deps, "mongo", s.composeName));
            assertEquals("service_completed_successfully", condition(deps, "kafka-init", s.composeName),
                    s.composeName + " starts after its topics exist");
        }
        assertEquals("service_healthy", condition(map(service("notifier"), "depends_on", "n"), "mailpit", "notifier"));
        assertEquals("service_healthy", condition(map(service("kafka-init"), "depends_on", "k"), "kafka", "kafka-init"));
        for (String name : services.keySet()) {
            Map<String, Object> deps = optMap(service(name), "depends_on", name);
            for (String dep : deps.keySet()) {
                String condition = condition(deps, dep, name);
                assertTrue(Set.of("service_healthy", "service_completed_successfully").contains(condition),
                        name + " -> " + dep + ": " + condition);
                if (condition.equals("service_healthy")) {
                    assertNotNull(service(dep).get("healthcheck"), dep + " needs a health check to be waited on");
                }
            }
        }
    }

    @Test
    void dataLivesInNamedVolumes() {
        Set<String> declared = optMap(compose, "volumes", "compose").keySet();
        Map<String, String> dataPaths = Map.of("kafka", "/var/lib/kafka/data", "mongo", "/data/db",
                "mailpit", "/data");
        Set<String> used = new TreeSet<>();
        dataPaths.forEach((name, path) -> {
            List<String> mounts = list(service(name), "volumes", name).stream().map(Object::toString).toList();
            String mount = mounts.stream().filter(m -> m.endsWith(":" + path)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " mounts nothing at " + path + ": " + mounts));
            String source = mount.substring(0, mount.indexOf(':'));
            assertTrue(declared.contains(source), name + ": " + source + " is a declared named volume");
            used.add(source);
        });
        assertTrue(environment("kafka").get("KAFKA_LOG_DIRS").equals("/var/lib/kafka/data"), "log dirs on the volume");
        assertTrue(environment("mailpit").get("MP_DATABASE").startsWith("/data/"), "mailpit store on the volume");
        assertTrue(declared.containsAll(used));
    }

    @Test
    void kafkaInitCreatesEveryTopicTheServicesUse() {
        String script = list(service("kafka-init"), "command", "kafka-init").stream().map(Object::toString)
                .collect(Collectors.joining("\n"));
        assertTrue(script.contains("--if-not-exists"), "idempotent on restart");
        for (String topic : ServiceConfig.allTopics()) {
            assertTrue(Pattern.compile("(^|\\s)" + Pattern.quote(topic) + "(\\s|;|$)", Pattern.MULTILINE)
                    .matcher(script).find(), "kafka-init creates " + topic);
        }
        Matcher main = Pattern.compile("for t in ([^;]+); do create \"\\$\\$t\" (\\d+)").matcher(script);
        Map<String, String> partitions = new LinkedHashMap<>();
        while (main.find()) {
            for (String t : main.group(1).replace("\\", " ").trim().split("\\s+")) {
                partitions.put(t, main.group(2));
            }
        }
        assertEquals(ServiceConfig.allTopics(), new TreeSet<>(partitions.keySet()), "every topic gets a count");
        for (String topic : ServiceConfig.mainTopics()) {
            assertEquals("12", partitions.get(topic), topic + ": same partition count as in Kubernetes");
        }
        assertEquals("false", environment("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"),
                "a misspelt topic fails instead of appearing with default partitions");
    }

    private static Map<String, Object> service(String name) {
        return map(services, name, "services");
    }

    /** The environment as a map, whichever of compose's two forms (mapping or KEY=VALUE list) is used. */
    private static Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof List<?> l) {
            for (Object item : l) {
                String s = item.toString();
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        } else {
            Yaml.asMap(env, name + ".environment").forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        }
        return out;
    }

    private static String healthcheckText(String name) {
        return list(map(service(name), "healthcheck", name), "test", name).stream().map(Object::toString)
                .collect(Collectors.joining(" "));
    }

    private static String condition(Map<String, Object> dependsOn, String dep, String owner) {
        return str(map(dependsOn, dep, owner + ".depends_on"), "condition");
    }
}
