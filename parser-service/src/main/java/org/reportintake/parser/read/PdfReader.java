package org.reportintake.parser.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;
import org.reportintake.parser.failure.ParseProblem;

/**
 * Reads a PDF's text layer with PDFBox. Tables are rebuilt from the ruling lines drawn on each page
 * (a lattice, so blank cells survive), the glyphs are placed into those cells, and the remaining glyphs are
 * joined into lines and paragraphs. A page that draws no table lines is searched for borderless tables.
 */
public final class PdfReader implements DocumentReader {

    /** Fewer visible characters than this in the whole file means there is no usable text layer. */
    private static final int MIN_TEXT_CHARS = 20;

    private final int maxPages;

    public PdfReader(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public Document read(byte[] content, Deadline deadline) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            pdf.setResourceCache(new PageSharedFontCache());
            if (pdf.getNumberOfPages() > maxPages) {
                throw new ParseProblem(ParseFailureCode.TOO_MANY_PAGES, pdf.getNumberOfPages() + " pages");
            }
            List<Block> blocks = new ArrayList<>();
            int visibleChars = 0;
            LatticeTable lastTable = null;
            for (int pageIndex = 0; pageIndex < pdf.getNumberOfPages(); pageIndex++) {
                deadline.check();
                PDPage page = pdf.getPage(pageIndex);
                float top = page.getMediaBox().getUpperRightY();
                RulingCollector rulings = new RulingCollector(page, top, deadline);
                rulings.processPage(page);
                List<Glyph> glyphs = glyphs(pdf, pageIndex + 1, deadline);
                visibleChars += (int) glyphs.stream().filter(g -> !g.text().isBlank()).count();
                List<LatticeTable> tables = LatticeTable.detect(rulings.horizontals(), rulings.verticals(), deadline);
                lastTable = appendPage(blocks, glyphs, tables, lastTable);
            }
            if (visibleChars < MIN_TEXT_CHARS) {
                throw new ParseProblem(ParseFailureCode.IMAGE_ONLY, "no text layer");
            }
            return new Document(DocumentFormat.PDF, blocks);
        } catch (InvalidPasswordException e) {
            throw new ParseProblem(ParseFailureCode.ENCRYPTED, "password-protected pdf", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParseProblem problem) {
                throw problem;
            }
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "unreadable pdf: " + e.getMessage(), e);
        }
    }

    private static List<Glyph> glyphs(PDDocument pdf, int pageNumber, Deadline deadline) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                deadline.check();
                float size = text.getFontSizeInPt() > 0 ? text.getFontSizeInPt() : Math.max(1f, text.getHeightDir());
                glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), size));
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(pdf);
        return glyphs;
    }

    /** Emits the page's tables and text in top-to-bottom order; a table split by a page break is rejoined. */
    private static LatticeTable appendPage(List<Block> blocks, List<Glyph> glyphs, List<LatticeTable> tables,
            LatticeTable previousPageLastTable) {
        List<Glyph> free = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            boolean placed = false;
            for (LatticeTable table : tables) {
                if (table.place(glyph)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                free.add(glyph);
            }
        }
        List<StreamTable> streamTables = tables.isEmpty() ? StreamTable.detect(free) : List.of();
        if (!streamTables.isEmpty()) {
            Set<Glyph> used = Collections.newSetFromMap(new IdentityHashMap<>());
            streamTables.forEach(t -> used.addAll(t.glyphs()));
            free.removeIf(used::contains);
        }
        List<TextLine> lines = TextLine.group(free).stream().filter(l -> !l.isPageDecoration()).toList();
        List<Object> items = new ArrayList<>();
        items.addAll(lines);
        items.addAll(tables);
        items.addAll(streamTables);
        items.sort(Comparator.comparingDouble(PdfReader::topOf));
        LatticeTable lastTable = null;
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item instanceof LatticeTable lattice) {
                boolean continues = i == 0 && previousPageLastTable != null && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1) instanceof Table;
                if (continues) {
                    // The earlier part is re-rendered so text moved up from a cut row is included.
                    int previousIndex = blocks.size() - 1;
                    Table earlier = (Table) blocks.get(previousIndex);
                    int earlierRows = previousPageLastTable.toTable().rows().size();
                    lattice.continueSplitRow(previousPageLastTable);
                    List<List<TableCell>> rows =
                            new ArrayList<>(earlier.rows().subList(0, earlier.rows().size() - earlierRows));
                    rows.addAll(previousPageLastTable.toTable().rows());
                    rows.addAll(lattice.toTable().rows());
                    blocks.set(previousIndex, new Table(rows));
                    lastTable = lattice;
                } else {
                    blocks.add(lattice.toTable());
                    lastTable = lattice;
                }
                if (i == items.size() - 1) {
                    return lastTable;
                }
            } else if (item instanceof StreamTable stream) {
                blocks.add(stream.toTable());
            } else {
                blocks.add(new Paragraph(((TextLine) item).text()));
            }
        }
        return null;
    }

    private static double topOf(Object item) {
        if (item instanceof LatticeTable lattice) {
            return lattice.top();
        }
        return item instanceof StreamTable stream ? stream.top() : ((TextLine) item).top();
    }
}
