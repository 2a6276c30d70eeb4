package org.reportintake.notifier.directory;

import java.util.List;

import org.reportintake.model.agency.IssuerType;

/**
 * What the notifier needs from the agency directory.
 *
 * @param agencyId      the agency
 * @param name          its name, or null
 * @param issuerType    its issuer type, or null when the directory does not say
 * @param contactEmails its contact addresses (possibly empty)
 */
public record AgencyContact(String agencyId, String name, IssuerType issuerType, List<String> contactEmails) {
}
