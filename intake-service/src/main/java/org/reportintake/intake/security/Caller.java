package org.reportintake.intake.security;

/**
 * Who is calling.
 *
 * @param name       the account's user name (or "admin" for the bootstrap token), for logs and token ownership
 * @param agencyId   the agency an agency user acts for; null for the supervising office
 * @param supervisor whether the caller sees every agency
 * @param csrfToken  for a portal session, the token its state-changing requests must echo; null for bearer tokens
 */
public record Caller(String name, String agencyId, boolean supervisor, String csrfToken) {

    public Caller(String name, String agencyId, boolean supervisor) {
        this(name, agencyId, supervisor, null);
    }

    public boolean maySee(String submissionAgencyId) {
        return supervisor || (agencyId != null && agencyId.equals(submissionAgencyId));
    }

    /** Signed in through the portal (cookie) rather than with a bearer token. */
    public boolean viaSession() {
        return csrfToken != null;
    }
}
