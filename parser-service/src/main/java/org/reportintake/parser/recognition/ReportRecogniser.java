package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.DisclosureColumn;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.DisclosureTable;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.ReportSection;
import org.reportintake.model.report.SectionKind;
import org.reportintake.model.report.TemplateVersion;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.failure.ParseProblem;

/** Maps the format-neutral document onto {@link AnnualReport}, whatever format it was read from. */
public final class ReportRecogniser {

    private final TableClassifier classifier;
    private final DisclosureTableRecogniser disclosures;
    private final ApplicationTableRecogniser applications;
    private final CaseTableRecogniser cases;
    private final SectionRecogniser sections;
    private final MetadataRecogniser metadata;
    private final ClaimRecogniser claims;
    private final FlattenedTables flattened = new FlattenedTables();

    public ReportRecogniser() {
        this(new TableClassifier(), new DisclosureTableRecogniser(), new ApplicationTableRecogniser(),
                new CaseTableRecogniser(), new SectionRecogniser(), new MetadataRecogniser(), new ClaimRecogniser());
    }

    ReportRecogniser(TableClassifier classifier, DisclosureTableRecogniser disclosures,
            ApplicationTableRecogniser applications, CaseTableRecogniser cases, SectionRecogniser sections,
            MetadataRecogniser metadata, ClaimRecogniser claims) {
        this.classifier = classifier;
        this.disclosures = disclosures;
        this.applications = applications;
        this.cases = cases;
        this.sections = sections;
        this.metadata = metadata;
        this.claims = claims;
    }

    public AnnualReport recognise(Document document) {
        List<String> paragraphs = document.paragraphs().stream().map(Paragraph::text).toList();
        Map<TableKind, TableClassifier.Rows> tables = classifier.classify(document.tables());
        DisclosureTable disclosureTable = tables.containsKey(TableKind.DISCLOSURES)
                ? nonEmpty(disclosures.recognise(tables.get(TableKind.DISCLOSURES))) : null;
        ApplicationTable applicationTable = tables.containsKey(TableKind.APPLICATIONS)
                ? nonEmpty(applications.recognise(tables.get(TableKind.APPLICATIONS))) : null;
        CaseTable caseTable = tables.containsKey(TableKind.CASES) ? cases.recognise(tables.get(TableKind.CASES)) : null;

        List<SectionRecogniser.Heading> headings = sections.headings(paragraphs);
        List<NarrativeClaim> narrativeClaims = claims.recognise(located(document, headings));
        List<ReadingIssue> issues = new ArrayList<>();
        if (disclosureTable == null || applicationTable == null || caseTable == null) {
            // Real tables keep priority; only a table of a kind not found is looked for in flattened text.
            FlattenedTables.Recovered recovered = flattened.recover(document, narrativeClaims,
                    disclosureTable == null, applicationTable == null, caseTable == null);
            disclosureTable = disclosureTable != null ? disclosureTable : recovered.disclosures();
            applicationTable = applicationTable != null ? applicationTable : recovered.applications();
            caseTable = caseTable != null ? caseTable : recovered.cases();
            issues.addAll(recovered.issues());
        }
        String allText = String.join("\n", paragraphs);
        boolean nationalTables = disclosureTable != null || applicationTable != null;
        if (!nationalTables && (tables.containsKey(TableKind.LEGACY_STATISTICS) || allText.contains("历年累计"))) {
            throw new ParseProblem(ParseFailureCode.LEGACY_FORMAT, "pre-2019 statistics table, no national tables");
        }
        if (!nationalTables && caseTable == null && (headings.size() < 3 || !allText.contains("政府信息公开"))) {
            throw new ParseProblem(ParseFailureCode.NOT_A_REPORT, "no report sections or tables");
        }
        TemplateVersion version = version(disclosureTable, applicationTable,
                tables.containsKey(TableKind.LEGACY_STATISTICS));
        ReportMetadata meta = metadata.recognise(paragraphs, version);
        List<ReportSection> reportSections = sections.sections(paragraphs, headings);
        issues.addAll(TablesNotMapped.issues(tables, reportSections, disclosureTable == null,
                applicationTable == null, caseTable == null));
        return new AnnualReport(meta, reportSections, disclosureTable, applicationTable, caseTable,
                narrativeClaims, issues);
    }

    private static DisclosureTable nonEmpty(DisclosureTable table) {
        return table.cells().isEmpty() ? null : table;
    }

    private static ApplicationTable nonEmpty(ApplicationTable table) {
        return table.cells().isEmpty() ? null : table;
    }

    /** The version follows the tables' wording, not the notice the text cites. */
    static TemplateVersion version(DisclosureTable disclosures, ApplicationTable applications, boolean legacyTable) {
        if (disclosures != null) {
            for (DisclosureTable.DisclosureCell cell : disclosures.cells()) {
                DisclosureColumn c = cell.column();
                if (c == DisclosureColumn.ISSUED || c == DisclosureColumn.REPEALED || c == DisclosureColumn.IN_FORCE
                        || c == DisclosureColumn.DECISIONS || c == DisclosureColumn.FEE_AMOUNT) {
                    return TemplateVersion.V30;
                }
                if (c == DisclosureColumn.NEWLY_MADE || cell.row() == DisclosureRow.PROCUREMENT
                        || c == DisclosureColumn.PREVIOUS_YEAR_ITEMS) {
                    return TemplateVersion.V60;
                }
            }
        }
        if (applications != null) {
            List<ApplicationRow> rows = applications.rows();
            if (rows.contains(ApplicationRow.OTHER_HANDLING_V60)) {
                return TemplateVersion.V60;
            }
            if (rows.contains(ApplicationRow.OTHER_NO_CORRECTION) || rows.contains(ApplicationRow.OTHER_OTHER)) {
                return TemplateVersion.V30;
            }
        }
        return legacyTable ? TemplateVersion.LEGACY : TemplateVersion.UNKNOWN;
    }

    private static List<ClaimRecogniser.Located> located(Document document, List<SectionRecogniser.Heading> headings) {
        List<ClaimRecogniser.Located> out = new ArrayList<>();
        int paragraphIndex = 0;
        int next = 0;
        SectionKind current = null;
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                while (next < headings.size() && headings.get(next).paragraphIndex() <= paragraphIndex) {
                    current = headings.get(next).kind();
                    next++;
                }
                out.add(new ClaimRecogniser.Located(p.text(), current));
                paragraphIndex++;
            }
        }
        return out;
    }
}
