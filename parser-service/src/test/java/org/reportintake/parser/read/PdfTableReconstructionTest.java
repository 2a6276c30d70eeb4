package org.reportintake.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/** Rows, spans and blank cells come back from the lines a PDF draws, here as hairline filled rectangles. */
class PdfTableReconstructionTest {

    @Test
    void rebuildsMergedAndBlankCellsFromHairlineRectangles() throws IOException {
        Document document = new PdfReader(10).read(pdf(), Deadline.after(Duration.ofSeconds(30)));

        assertEquals(List.of(new Paragraph("Table drawn with filled hairline rectangles")), document.paragraphs());
        Table table = document.tables().get(0);
        assertEquals(List.of(
                List.of(new TableCell("AB", 1, 2), TableCell.of("C")),
                List.of(new TableCell("1", 2, 1), TableCell.of(""), TableCell.of("3")),
                List.of(TableCell.of("5"), TableCell.of("6"))), table.rows());
    }

    @Test
    void rebuildsBorderlessTableWithBlankCellInItsColumn() throws IOException {
        Document document = new PdfReader(10).read(borderlessPdf(), Deadline.after(Duration.ofSeconds(30)));

        assertEquals(List.of(new Paragraph("A table without any ruling lines follows"),
                new Paragraph("End of the page text")), document.paragraphs());
        assertEquals(List.of(
                List.of(TableCell.of("Label"), TableCell.of("Col A"), TableCell.of("Col B"), TableCell.of("Col C")),
                List.of(TableCell.of("first item"), TableCell.of("1"), TableCell.of("2"), TableCell.of("3")),
                List.of(TableCell.of("second item"), TableCell.of("4"), TableCell.of(""), TableCell.of("6")),
                List.of(TableCell.of("third item"), TableCell.of("7"), TableCell.of("8"), TableCell.of("-9"))),
                document.tables().get(0).rows());
    }

    @Test
    void leavesPlainParagraphsAlone() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                for (int i = 0; i < 6; i++) {
                    text(content, font, 72, 760 - 14 * i, "Line " + i + " of an ordinary paragraph with 12 numbers in 2023");
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            Document document = new PdfReader(10).read(bytes.toByteArray(), Deadline.after(Duration.ofSeconds(30)));
            assertEquals(List.of(), document.tables());
        }
    }

    private static byte[] borderlessPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] rows = {
                {"Label", "Col A", "Col B", "Col C"},
                {"first item", "1", "2", "3"},
                {"second item", "4", null, "6"},
                {"third item", "7", "8", "-9"},
            };
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                text(content, font, 72, 760, "A table without any ruling lines follows");
                float[] xs = {72, 204, 284, 364};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < rows[r].length; c++) {
                        if (rows[r][c] != null) {
                            text(content, font, xs[c] + (r > 0 && c > 0 ? 8 : 0), 730 - 16 * r, rows[r][c]);
                        }
                    }
                }
                text(content, font, 72, 640, "End of the page text");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /**
     * A 3×3 grid: row 0 merges columns 0-1, column 0 merges rows 1-2, the middle of row 1 is blank.
     * Grid lines at x = 100, 200, 300, 400 and y = 700, 680, 660, 640.
     */
    private static byte[] pdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                text(content, font, 100, 750, "Table drawn with filled hairline rectangles");
                horizontal(content, 100, 400, 700);
                horizontal(content, 100, 400, 680);
                horizontal(content, 200, 400, 660);
                horizontal(content, 100, 400, 640);
                vertical(content, 100, 640, 700);
                vertical(content, 200, 640, 680);
                vertical(content, 300, 640, 700);
                vertical(content, 400, 640, 700);
                content.fill();
                text(content, font, 140, 686, "AB");
                text(content, font, 340, 686, "C");
                text(content, font, 140, 656, "1");
                text(content, font, 340, 666, "3");
                text(content, font, 240, 646, "5");
                text(content, font, 340, 646, "6");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void horizontal(PDPageContentStream content, float x1, float x2, float y) throws IOException {
        content.addRect(x1, y - 0.25f, x2 - x1, 0.5f);
    }

    private static void vertical(PDPageContentStream content, float x, float y1, float y2) throws IOException {
        content.addRect(x - 0.25f, y1, 0.5f, y2 - y1);
    }

    private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
