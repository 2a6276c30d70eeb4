package org.reportintake.intake.api;

import java.util.List;

import org.reportintake.intake.agency.AgencyRecord;
import org.reportintake.model.agency.IssuerType;

/** A directory entry as the API shows and accepts it. */
public record AgencyView(String id, String name, List<String> aliases, Region region, IssuerType issuerType, String parentId,
        List<String> contactEmails, String websiteUrl, String reportColumnUrl) {

    /** Administrative division: 6-digit code and name. */
    public record Region(String code, String name) {
    }

    static AgencyView of(AgencyRecord a) {
        return new AgencyView(a.id(), a.name(), a.aliases(), new Region(a.regionCode(), a.regionName()), a.issuerType(),
                a.parentId(), a.contactEmails(), a.websiteUrl(), a.reportColumnUrl());
    }

    AgencyRecord toRecord() {
        return new AgencyRecord(id == null ? null : id.strip(), name == null ? null : name.strip(), aliases,
                region == null ? null : region.code(), region == null ? null : region.name(), issuerType, parentId,
                contactEmails, websiteUrl, reportColumnUrl);
    }
}
