package org.reportintake.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a service reads: the keys of its {@code application.properties}, plus the few standard Quarkus keys the
 * deployment sets that have no local value. An environment variable is accepted only if it is the MicroProfile
 * Config environment form of one of them.
 */
enum ServiceConfig {
    INTAKE("intake", "intake-service", Set.of()),
    PARSER("parser", "parser-service", Set.of()),
    VALIDATOR("validator", "validator-service", Set.of()),
    // The production SMTP relay's credentials: standard quarkus-mailer keys, unset locally (no authentication).
    NOTIFIER("notifier", "notifier-service", Set.of("quarkus.mailer.username", "quarkus.mailer.password"));

    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Za-z0-9]");
    private static final Pattern TOPIC_KEY =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(dead-letter-queue\\.)?topic");

    /** The compose service name. */
    final String composeName;
    /** Module directory, Kubernetes Deployment/Service name and Quarkus application name. */
    final String appName;
    private final Set<String> extraKeys;
    private Properties properties;

    ServiceConfig(String composeName, String appName, Set<String> extraKeys) {
        this.composeName = composeName;
        this.appName = appName;
        this.extraKeys = extraKeys;
    }

    /**
     * MicroProfile Config's environment form of a property name: every character other than a letter or digit
     * becomes '_', then upper case ({@code quarkus.mailer.start-tls} is read from {@code QUARKUS_MAILER_START_TLS}).
     */
    static String envName(String propertyName) {
        return NOT_ALNUM.matcher(propertyName).replaceAll("_").toUpperCase(Locale.ROOT);
    }

    static ServiceConfig byAppName(String appName) {
        for (ServiceConfig s : values()) {
            if (s.appName.equals(appName)) {
                return s;
            }
        }
        throw new AssertionError("no service named " + appName);
    }

    static ServiceConfig byComposeName(String composeName) {
        for (ServiceConfig s : values()) {
            if (s.composeName.equals(composeName)) {
                return s;
            }
        }
        throw new AssertionError("no service named " + composeName);
    }

    synchronized Properties properties() {
        if (properties == null) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(Repo.read(appName + "/src/main/resources/application.properties")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties = p;
        }
        return properties;
    }

    String property(String key) {
        return properties().getProperty(key);
    }

    /** Environment variable name → the property it sets, for every key this service reads. */
    Map<String, String> readableEnv() {
        Map<String, String> env = new TreeMap<>();
        for (String key : properties().stringPropertyNames()) {
            env.put(envName(key), key);
        }
        for (String key : extraKeys) {
            env.put(envName(key), key);
        }
        return env;
    }

    /** Topic names in this service's messaging configuration, dead-letter topics included. */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        for (String key : properties().stringPropertyNames()) {
            if (TOPIC_KEY.matcher(key).matches()) {
                topics.add(properties().getProperty(key));
            }
        }
        return topics;
    }

    static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>();
        for (ServiceConfig s : values()) {
            topics.addAll(s.topics());
        }
        return topics;
    }

    /** The topics the pipeline flows through (not dead letters). */
    static Set<String> mainTopics() {
        Set<String> topics = new TreeSet<>();
        for (String t : allTopics()) {
            if (!t.contains(".dlq.")) {
                topics.add(t);
            }
        }
        return topics;
    }
}
