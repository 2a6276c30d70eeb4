package org.reportintake.parser.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.failure.ParseProblem;

/**
 * Reads Word 97 binary documents (.doc, and .wps saved in the same OLE2 container) with POI HWPF.
 * The binary format stores no grid, so column spans are recovered from the cells' edges.
 */
public final class DocReader implements DocumentReader {

    /** Edges closer than this (twips) are the same grid line. */
    private static final int EDGE_TOLERANCE = 30;
    /** Compiled once: every paragraph and cell is cleaned. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\u0000-\\u0008\\u000c\\u000e-\\u001f\\r]");

    private final int maxPages;

    public DocReader(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public Document read(byte[] content, Deadline deadline) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
             HWPFDocument doc = new HWPFDocument(fs)) {
            SummaryInformation summary = doc.getSummaryInformation();
            if (summary != null && summary.getPageCount() > maxPages) {
                throw new ParseProblem(ParseFailureCode.TOO_MANY_PAGES, "doc states more than " + maxPages + " pages");
            }
            Range range = doc.getRange();
            List<Block> blocks = new ArrayList<>();
            int count = range.numParagraphs();
            for (int i = 0; i < count; i++) {
                deadline.check();
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                    blocks.add(table(t, deadline));
                    i += Math.max(1, t.numParagraphs()) - 1;
                } else {
                    blocks.add(new Paragraph(clean(p.text())));
                }
            }
            return new Document(DocumentFormat.DOC, blocks);
        } catch (EncryptedDocumentException e) {
            throw new ParseProblem(ParseFailureCode.ENCRYPTED, "encrypted doc", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParseProblem problem) {
                throw problem;
            }
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "unreadable doc: " + e.getMessage(), e);
        }
    }

    private static Table table(org.apache.poi.hwpf.usermodel.Table table, Deadline deadline) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> grid = new ArrayList<>(edges);
        MergedTableBuilder builder = new MergedTableBuilder();
        for (int r = 0; r < table.numRows(); r++) {
            deadline.check();
            TableRow row = table.getRow(r);
            builder.newRow();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // old-style horizontal merge: the first cell already covers it
                }
                int start = nearest(grid, cell.getLeftEdge());
                int end = nearest(grid, cell.getLeftEdge() + cell.getWidth());
                boolean continues = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                builder.cell(cellText(cell), start, Math.max(1, end - start), continues);
            }
        }
        return builder.build();
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            lines.add(clean(cell.getParagraph(i).text()));
        }
        return String.join("\n", lines).strip();
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer floor = edges.floor(edge);
        Integer ceiling = edges.ceiling(edge);
        if ((floor != null && edge - floor <= EDGE_TOLERANCE) || (ceiling != null && ceiling - edge <= EDGE_TOLERANCE)) {
            return;
        }
        edges.add(edge);
    }

    private static int nearest(List<Integer> grid, int edge) {
        int best = 0;
        for (int i = 1; i < grid.size(); i++) {
            if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    /** Drops field codes and Word's control characters, keeping the field results. */
    private static String clean(String text) {
        String stripped = Range.stripFields(text);
        return CONTROL_CHARACTERS.matcher(stripped.replace('\u000b', '\n')).replaceAll("").strip();
    }
}
