package org.reportintake.infra;

/** Every server binds to, and every client connects to, this address only. */
public final class Loopback {

    public static final String HOST = "127.0.0.1";

    private Loopback() {
    }
}
