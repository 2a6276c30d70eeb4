package org.reportintake.notifier.mail;

import java.util.List;

/**
 * Who a notice goes to and why.
 *
 * @param addresses validated addresses; empty when the notice is undeliverable
 * @param origin    DIRECTORY, REPORT, FALLBACK or NONE
 */
public record Recipients(List<String> addresses, String origin) {

    public boolean isEmpty() {
        return addresses.isEmpty();
    }
}
