package org.reportintake.notifier.mail;

import java.time.LocalDate;

import org.reportintake.model.agency.IssuerType;

/**
 * The legal publication deadline a notice reminds the agency of (条例 Art. 49): 31 March of N+1 for a people's
 * government's report for its own level, 31 January of N+1 for every other issuer.
 */
public final class CorrectionDeadline {

    private CorrectionDeadline() {
    }

    public static LocalDate forReport(int year, IssuerType issuerType, String agencyName) {
        IssuerType type = issuerType != null ? issuerType : infer(agencyName);
        return type == IssuerType.PEOPLES_GOVERNMENT ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /** "XX县人民政府" is a government; "XX县人民政府办公室" and every 局/委/中心 are departments. */
    static IssuerType infer(String name) {
        if (name == null) {
            return IssuerType.OTHER;
        }
        String n = name.strip();
        return n.endsWith("人民政府") ? IssuerType.PEOPLES_GOVERNMENT : IssuerType.DEPARTMENT;
    }
}
