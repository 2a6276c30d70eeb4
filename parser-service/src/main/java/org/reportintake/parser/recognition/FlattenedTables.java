package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Looks for tables 二, 三 and 四 in flattened text (see {@link FlattenedDisclosureTable},
 * {@link FlattenedApplicationTable}, {@link FlattenedCaseTable}). {@link ReportRecogniser} calls it only for the
 * kinds the real table recognisers did not find; public so that the cost can be measured on its own.
 */
public final class FlattenedTables {

    /** What was recovered (null tables where none was found) and the reading issues that go with it. */
    public record Recovered(DisclosureTable disclosures, ApplicationTable applications, CaseTable cases,
            List<ReadingIssue> issues) {
    }

    private final FlattenedDisclosureTable disclosures = new FlattenedDisclosureTable();
    private final FlattenedApplicationTable applications = new FlattenedApplicationTable();
    private final FlattenedCaseTable cases = new FlattenedCaseTable();

    /**
     * The flattened tables of the kinds asked for.
     *
     * @param claims the narrative's numbers, used to break ties between splits
     */
    public Recovered recover(Document document, List<NarrativeClaim> claims, boolean disclosuresWanted,
            boolean applicationsWanted, boolean casesWanted) {
        List<FlattenedLine> lines = new ArrayList<>();
        for (String line : lines(document)) {
            lines.add(FlattenedLine.of(line));
        }
        List<ReadingIssue> issues = new ArrayList<>();
        DisclosureTable disclosureTable = null;
        ApplicationTable applicationTable = null;
        CaseTable caseTable = null;
        if (disclosuresWanted) {
            FlattenedDisclosureTable.Reading r = disclosures.read(lines, claims);
            if (r != null) {
                disclosureTable = r.table();
                issues.addAll(r.issues());
            }
        }
        if (applicationsWanted) {
            FlattenedApplicationTable.Reading r = applications.read(lines, claims);
            if (r != null) {
                applicationTable = r.table();
                issues.addAll(r.issues());
            }
        }
        if (casesWanted) {
            FlattenedCaseTable.Reading r = cases.read(lines, claims);
            if (r != null) {
                caseTable = r.table();
                issues.addAll(r.issues());
            }
        }
        return new Recovered(disclosureTable, applicationTable, caseTable, issues);
    }

    /**
     * The text lines flattened tables can be in: every paragraph, and every table row holding a single non-blank
     * cell (a table an extractor put one line per row into), in reading order.
     */
    static List<String> lines(Document document) {
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Table t) {
                for (List<TableCell> row : t.rows()) {
                    String only = null;
                    int written = 0;
                    for (TableCell cell : row) {
                        if (!cell.text().isBlank()) {
                            only = cell.text();
                            written++;
                        }
                    }
                    if (written == 1) {
                        lines.add(only);
                    }
                }
            }
        }
        return lines;
    }
}
