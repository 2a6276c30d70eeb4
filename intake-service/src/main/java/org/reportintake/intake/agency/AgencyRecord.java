package org.reportintake.intake.agency;

import java.util.List;

import org.reportintake.model.agency.IssuerType;

/**
 * An agency of the directory, as stored in {@code agencies}.
 *
 * @param id              stable id, also the Kafka key of its submissions
 * @param name            official name, e.g. 樟树市人民政府
 * @param aliases         other spellings met in reports' titles (including misprints), for matching
 * @param regionCode      administrative division code (6 digits), e.g. 360982
 * @param regionName      the division's name, e.g. 江西省宜春市樟树市
 * @param issuerType      decides the publication deadline
 * @param parentId        the supervising agency's id, or null
 * @param contactEmails   where notices go
 * @param websiteUrl      the agency's (or its government's) portal
 * @param reportColumnUrl the known 年报 column, if any
 */
public record AgencyRecord(String id, String name, List<String> aliases, String regionCode, String regionName,
        IssuerType issuerType, String parentId, List<String> contactEmails, String websiteUrl, String reportColumnUrl) {

    public AgencyRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        contactEmails = contactEmails == null ? List.of() : List.copyOf(contactEmails);
    }
}
