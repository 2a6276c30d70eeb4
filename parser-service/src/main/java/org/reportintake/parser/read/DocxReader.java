package org.reportintake.parser.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.failure.ParseProblem;

/** Reads .docx with POI XWPF, turning gridSpan into column spans and vMerge into row spans. */
public final class DocxReader implements DocumentReader {

    private final ZipGuard guard;
    private final int maxPages;

    public DocxReader(ZipGuard guard, int maxPages) {
        this.guard = guard;
        this.maxPages = maxPages;
    }

    @Override
    public Document read(byte[] content, Deadline deadline) {
        if (!guard.inspectWordPackage(content, deadline)) {
            throw new ParseProblem(ParseFailureCode.UNSUPPORTED_FORMAT, "zip without word/document.xml");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            checkPages(docx);
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                deadline.check();
                if (element instanceof XWPFParagraph p) {
                    blocks.add(new Paragraph(p.getText()));
                } else if (element instanceof XWPFTable t) {
                    blocks.add(table(t, deadline));
                } else if (element instanceof XWPFSDT sdt) {
                    blocks.add(new Paragraph(sdt.getContent().getText()));
                }
            }
            return new Document(DocumentFormat.DOCX, blocks);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParseProblem problem) {
                throw problem;
            }
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "unreadable docx: " + e.getMessage(), e);
        }
    }

    private void checkPages(XWPFDocument docx) {
        POIXMLProperties.ExtendedProperties extended = docx.getProperties().getExtendedProperties();
        if (extended != null && extended.getUnderlyingProperties().isSetPages()
                && extended.getUnderlyingProperties().getPages() > maxPages) {
            throw new ParseProblem(ParseFailureCode.TOO_MANY_PAGES, "docx states more than " + maxPages + " pages");
        }
    }

    private static Table table(XWPFTable table, Deadline deadline) {
        MergedTableBuilder builder = new MergedTableBuilder();
        for (XWPFTableRow row : table.getRows()) {
            deadline.check();
            builder.newRow();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                builder.cell(cellText(cell), column, span, continues);
                column += Math.max(1, span);
            }
        }
        return builder.build();
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }
}
