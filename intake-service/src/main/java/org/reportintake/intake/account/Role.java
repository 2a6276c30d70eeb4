package org.reportintake.intake.account;

/** What an account may see: the supervising office sees every agency, an agency user only its own. */
public enum Role {
    SUPERVISOR,
    AGENCY_USER
}
