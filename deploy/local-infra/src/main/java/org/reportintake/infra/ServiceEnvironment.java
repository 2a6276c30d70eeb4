package org.reportintake.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment contract of the services: the variables each one reads (Quarkus maps them onto its
 * configuration). The local run and the end-to-end test use this one definition.
 */
public final class ServiceEnvironment {

    public static final String DATABASE = "report_intake";
    public static final String MAIL_FROM = "report-intake@localhost";
    public static final String FALLBACK_RECIPIENT = "agency@localhost";
    public static final String LOCAL_ADMIN_TOKEN = "local-admin-token";

    private ServiceEnvironment() {
    }

    /**
     * @param intakeUrl where agencies reach the portal, for links in the notifier's mail
     */
    public static Map<String, String> of(PipelineService service, int httpPort, LocalInfra infra, String adminToken,
            String intakeUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        env.put("QUARKUS_MONGODB_CONNECTION_STRING", infra.mongoConnectionString());
        env.put("QUARKUS_MONGODB_DATABASE", DATABASE);
        switch (service) {
            case INTAKE -> {
                env.put("INTAKE_ADMIN_TOKEN", adminToken);
                // Demo agency directory and portal accounts; intake logs how to log in.
                env.put("INTAKE_SEED_DEMO", "true");
            }
            // the validator's read API answers to the same token, so one token opens both APIs locally
            case VALIDATOR -> env.put("VALIDATOR_API_TOKEN", adminToken);
            case NOTIFIER -> {
                env.put("QUARKUS_MAILER_HOST", Loopback.HOST);
                env.put("QUARKUS_MAILER_PORT", Integer.toString(infra.mail().smtpPort()));
                env.put("QUARKUS_MAILER_MOCK", "false");
                env.put("QUARKUS_MAILER_TLS", "false");
                env.put("QUARKUS_MAILER_FROM", MAIL_FROM);
                env.put("NOTIFIER_FALLBACK_RECIPIENT", FALLBACK_RECIPIENT);
                env.put("NOTIFIER_PORTAL_URL", intakeUrl);
            }
            default -> {
                // the parser needs the common variables only
            }
        }
        return env;
    }
}
