package org.reportintake.infra.runtime;

/**
 * {@code KafkaBrokerMain <server.properties> <clusterId>}: formats the KRaft log directory when it is new, then runs
 * the broker. Formatting in the same JVM saves a second JVM start (about a second on a small machine).
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: KafkaBrokerMain <server.properties> <clusterId>");
            System.exit(2);
        }
        String properties = args[0];
        String clusterId = args[1];
        // --ignore-formatted keeps an existing log directory (and its records) on a restart.
        int formatted = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", properties, "--ignore-formatted"}, System.out);
        if (formatted != 0) {
            System.err.println("formatting the log directory failed with " + formatted);
            System.exit(formatted);
        }
        kafka.Kafka.main(new String[] {properties});
    }
}
