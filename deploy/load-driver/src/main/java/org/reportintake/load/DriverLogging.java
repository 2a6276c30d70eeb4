package org.reportintake.load;

import java.util.logging.Level;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Logging for the drivers' own JVM, which also hosts the MongoDB-compatible server and the SMTP server.
 * <p>
 * The services' dependencies bring SLF4J bound to JBoss LogManager, which, unconfigured outside Quarkus, enables every
 * level and has no handler: mongo-java-server then renders every wire message as JSON for a debug line nobody sees
 * (a load run's profile had its server threads spending most of their time in {@code MongoMessage.toString}). Warnings
 * go to stderr so a failure is visible.
 */
final class DriverLogging {

    private DriverLogging() {
    }

    static void configure() {
        Logger root = LogContext.getLogContext().getLogger("");
        root.setLevel(Level.WARNING);
        ConsoleHandler handler = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                new PatternFormatter("%d{HH:mm:ss} %-5p [%c{1}] %s%e%n"));
        handler.setLevel(Level.WARNING);
        root.addHandler(handler);
        // Expected noise here: the stand-in's "secondary index ignored" at every start, and the admin client's
        // connection warnings while a fault run has the broker down on purpose.
        quiet(LogContext.getLogContext().getLogger("de.bwaldvogel"));
        quiet(LogContext.getLogContext().getLogger("org.apache.kafka"));
    }

    private static void quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
    }
}
