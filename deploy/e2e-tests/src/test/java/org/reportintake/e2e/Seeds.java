package org.reportintake.e2e;

import java.nio.file.Path;

/** Seed reports (the parser's golden fixtures, on the test classpath as seeds/) and where the repository is. */
final class Seeds {

    /** Expected to be rejected by rule A1 (a total that does not add up) for the columns 自然人 and 总计. */
    static final String WRONG_TOTAL = "seeds/000_c82a2c402dd56cf8.txt";
    /** Expected to be accepted. */
    static final String CONSISTENT = "seeds/003_d26b553f0e382d29.txt";

    private Seeds() {
    }

    /** Set by Failsafe to the checkout's root, where the services' quarkus-app directories are. */
    static Path repoRoot() {
        String root = System.getProperty("reportintake.root");
        if (root == null) {
            throw new IllegalStateException("system property reportintake.root is not set (run through Maven)");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }
}
