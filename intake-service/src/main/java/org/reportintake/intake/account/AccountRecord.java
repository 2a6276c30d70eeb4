package org.reportintake.intake.account;

import java.time.Instant;

/**
 * An account as stored in {@code accounts}.
 *
 * @param username     unique login name (the document id)
 * @param displayName  shown in the portal
 * @param passwordHash bcrypt hash, never the password
 * @param role         supervisor or agency user
 * @param agencyId     the agency of an agency user; null for a supervisor
 */
public record AccountRecord(String username, String displayName, String passwordHash, Role role, String agencyId,
        Instant createdAt) {
}
