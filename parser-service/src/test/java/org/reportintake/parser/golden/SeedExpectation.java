package org.reportintake.parser.golden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.TemplateVersion;

/** What one seed report says, written by hand from its text. */
final class SeedExpectation {

    record Metadata(String title, String agencyInTitle, String agencyInContact, String agencyInSignature,
            Integer year, LocalDate periodFrom, LocalDate periodTo, FormatNotice notice, TemplateVersion version,
            LocalDate signatureDate, String phone, String address, String email) {
    }

    record DisclosureKey(DisclosureRow row, DisclosureColumn column) {
    }

    record CaseKey(CaseGroup group, CaseOutcome outcome) {
    }

    record ApplicationKey(ApplicationRow row, ApplicantColumn column) {
    }

    final String id;
    final Metadata metadata;
    final Map<DisclosureKey, ExpectedCell> disclosures = new LinkedHashMap<>();
    final Map<DisclosureRow, String> rawRowLabels = new LinkedHashMap<>();
    final Map<ApplicationKey, ExpectedCell> applications = new LinkedHashMap<>();
    final List<ApplicationRow> applicationRows = new ArrayList<>();
    final Map<CaseKey, ExpectedCell> cases = new LinkedHashMap<>();
    final Map<ClaimKind, Integer> claims = new LinkedHashMap<>();

    SeedExpectation(String id, Metadata metadata) {
        this.id = id;
        this.metadata = metadata;
    }

    /** Table 二, one line per row: {@code ROW 规范性文件: ISSUED=18 REPEALED=27 IN_FORCE=54}. */
    SeedExpectation disclosures(String lines) {
        for (String line : lines.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            String[] head = parts[0].trim().split("\\s+", 2);
            DisclosureRow row = DisclosureRow.valueOf(head[0]);
            rawRowLabels.put(row, head[1]);
            for (String assignment : parts[1].trim().split("\\s+")) {
                String[] kv = assignment.split("=");
                disclosures.put(new DisclosureKey(row, DisclosureColumn.valueOf(kv[0])), ExpectedCell.parse(kv[1]));
            }
        }
        return this;
    }

    /** Table 三 as a grid: one line per row, {@code ROW: v v v v v v v} in applicant-column order. */
    SeedExpectation applications(String grid) {
        for (String line : grid.strip().split("\n")) {
            String[] parts = line.split(":", 2);
            ApplicationRow row = ApplicationRow.valueOf(parts[0].trim());
            applicationRows.add(row);
            String[] values = parts[1].trim().split("\\s+");
            if (values.length != ApplicantColumn.values().length) {
                throw new IllegalArgumentException(id + " " + row + " needs 7 values");
            }
            for (int i = 0; i < values.length; i++) {
                applications.put(new ApplicationKey(row, ApplicantColumn.values()[i]), ExpectedCell.parse(values[i]));
            }
        }
        return this;
    }

    /** Table 四 as its one data row of 15 values. */
    SeedExpectation cases(String row) {
        String[] values = row.strip().split("\\s+");
        int i = 0;
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                cases.put(new CaseKey(group, outcome), ExpectedCell.parse(values[i++]));
            }
        }
        if (i != values.length) {
            throw new IllegalArgumentException(id + " table 四 needs 15 values");
        }
        return this;
    }

    SeedExpectation claim(ClaimKind kind, int value) {
        claims.put(kind, value);
        return this;
    }

    @Override
    public String toString() {
        return id;
    }
}
