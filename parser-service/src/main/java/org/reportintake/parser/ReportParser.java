package org.reportintake.parser;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.TemplateVersion;

/**
 * Walking-skeleton parser: reads the seeds' plain-text layout (title, year, table 三) only.
 * Replaced by the full multi-format parser.
 */
public final class ReportParser {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final ParserLimits limits;

    public ReportParser(ParserLimits limits) {
        this.limits = limits;
    }

    public ParseOutcome parse(byte[] content, String fileName) {
        if (content.length == 0) {
            return ParseOutcome.failure(new ParseFailure(ParseFailureCode.EMPTY_FILE, "文件为空。", "The file is empty."));
        }
        if (content.length > limits.maxBytes()) {
            return ParseOutcome.failure(new ParseFailure(ParseFailureCode.TOO_LARGE, "文件过大。", "The file is too large."));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int tableStart = indexOf(lines, "三、收到和处理政府信息公开申请情况");
        if (tableStart < 0) {
            return ParseOutcome.failure(new ParseFailure(ParseFailureCode.NOT_A_REPORT, "未找到年度报告的表格。",
                    "No annual report tables were found."));
        }
        String title = lines.get(0).strip() + (lines.size() > 1 ? lines.get(1).strip() : "");
        Matcher year = YEAR.matcher(title);
        Integer reportYear = year.find() ? Integer.valueOf(year.group(1)) : null;
        List<ApplicationTable.ApplicationCell> cells = new ArrayList<>();
        Iterator<ApplicationRow> rows = ApplicationRow.rowsOf(TemplateVersion.V30).iterator();
        for (List<String> row : rows(lines.subList(tableStart, lines.size()))) {
            if (!rows.hasNext()) {
                break;
            }
            if (row.size() < 7 || !row.subList(row.size() - 7, row.size()).stream().allMatch(c -> c.isEmpty() || NUMBER.matcher(c).matches())) {
                continue;
            }
            if (row.subList(row.size() - 7, row.size()).stream().allMatch(String::isEmpty)) {
                continue;
            }
            ApplicationRow key = rows.next();
            List<String> values = row.subList(row.size() - 7, row.size());
            for (ApplicantColumn column : ApplicantColumn.values()) {
                String raw = values.get(column.ordinal());
                CellKind kind = raw.isEmpty() ? CellKind.BLANK : CellKind.INTEGER;
                cells.add(new ApplicationTable.ApplicationCell(key, column,
                        new Cell("三", key.label(), column.label(), raw, kind, raw.isEmpty() ? null : new BigDecimal(raw))));
            }
        }
        ReportMetadata metadata = new ReportMetadata(title, lines.get(0).strip(), null, null, reportYear, null,
                FormatNotice.NONE, TemplateVersion.V30, null, null, null, null);
        return ParseOutcome.success(new AnnualReport(metadata, List.of(), null, new ApplicationTable(cells), null, List.of()));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Rows of the seeds' layout: cells behind a tab, a blank line between rows. */
    private static List<List<String>> rows(List<String> lines) {
        List<List<String>> rows = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    rows.add(current);
                    current = new ArrayList<>();
                }
            } else if (line.startsWith("\t")) {
                current.add(line.substring(1).strip());
            } else if (!current.isEmpty()) {
                current.set(current.size() - 1, current.get(current.size() - 1) + line.strip());
            } else if (line.startsWith("四、")) {
                break;
            }
        }
        if (!current.isEmpty()) {
            rows.add(current);
        }
        return rows;
    }
}
