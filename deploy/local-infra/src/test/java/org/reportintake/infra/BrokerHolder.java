package org.reportintake.infra;

import java.nio.file.Path;

/** A stand-in test JVM for {@link KafkaBrokerTest#brokerDiesWithItsParent()}: starts a broker, prints its pid, waits. */
public final class BrokerHolder {

    private BrokerHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        KafkaBroker broker = KafkaBroker.onFreePorts(Path.of(args[0])).start();
        System.out.println(broker.pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
