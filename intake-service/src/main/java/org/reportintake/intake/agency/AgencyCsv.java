package org.reportintake.intake.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reportintake.model.agency.IssuerType;

/**
 * Reads the directory's CSV import: a header row naming the columns (any order) {@code id, name, regionCode,
 * regionName, issuerType, parentId, contactEmails, websiteUrl, reportColumnUrl, aliases}; lists are separated by
 * {@code ;}. Quoted fields ("...", with "" for a quote) may hold commas and line breaks.
 */
public final class AgencyCsv {

    private AgencyCsv() {
    }

    public static List<AgencyRecord> parse(String csv) {
        List<List<String>> rows = rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip(), i);
        }
        if (!columns.containsKey("id") || !columns.containsKey("name")) {
            throw new IllegalArgumentException("CSV 首行须为列名，至少包括 id 和 name。");
        }
        List<AgencyRecord> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String type = field(row, columns, "issuerType");
            out.add(new AgencyRecord(field(row, columns, "id"), field(row, columns, "name"), list(field(row, columns, "aliases")),
                    field(row, columns, "regionCode"), field(row, columns, "regionName"), issuerType(type),
                    field(row, columns, "parentId"), list(field(row, columns, "contactEmails")),
                    field(row, columns, "websiteUrl"), field(row, columns, "reportColumnUrl")));
        }
        return out;
    }

    private static IssuerType issuerType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return IssuerType.valueOf(value.toUpperCase());
        } catch (IllegalArgumentException e) {
            return null; // reported by the check as a missing type, with the list of accepted values
        }
    }

    private static String field(List<String> row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
