package org.reportintake.intake.security;

/**
 * Who is calling the API.
 *
 * @param name       for logs
 * @param agencyId   the agency an agency user acts for; null for the supervising office
 * @param supervisor whether the caller sees every agency
 */
public record Caller(String name, String agencyId, boolean supervisor) {

    public boolean maySee(String submissionAgencyId) {
        return supervisor || (agencyId != null && agencyId.equals(submissionAgencyId));
    }
}
