package org.reportintake.parser.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;

/**
 * Reads a report published as a web page. Site chrome (navigation, header, footer, scripts) is dropped so
 * that only the article's paragraphs and tables remain; rowspan/colspan are kept on the cells.
 */
public final class HtmlReader implements DocumentReader {

    private static final Pattern META_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> CHROME_TAGS =
            Set.of("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template");
    // Selectors parsed once: parsing a query costs more than running it on a small page.
    private static final Evaluator TABLES = QueryParser.parse("table");
    private static final Evaluator TITLE_HEADINGS = QueryParser.parse("h1, h2, h3");
    private static final Pattern PARAGRAPH_BREAKS = Pattern.compile("[\\t\\r\\n]+");
    // Compiled once: cell text is cleaned for every cell of every table.
    private static final Pattern LINE_BREAK_PADDING = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern SOURCE_LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern CHROME_NAMES = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|header|footer|foot|breadcrumb|crumb|sidebar|share|copyright|topbar|banner)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "br", "tr", "center", "blockquote", "pre", "dd", "dt", "dl", "body", "hr", "main");

    private final TextDecoder decoder;

    public HtmlReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Document read(byte[] content, Deadline deadline) {
        String html = decoder.decode(content, declaredCharset(content));
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser());
        // One walk over the page for both steps. Elements inside a removed chrome tag are still visited by the
        // second step but are no longer part of the page, so what it removes there makes no difference.
        List<Element> all = page.getAllElements();
        for (Element element : all) {
            if (isChromeTag(element)) {
                element.remove();
            }
        }
        for (Element element : all) {
            deadline.check();
            if (element.parent() != null && isChrome(element)) {
                element.remove();
            }
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        walk(page.body() == null ? page : page.body(), blocks, paragraph, deadline);
        flush(blocks, paragraph);
        return new Document(DocumentFormat.HTML, blocks);
    }

    /** The charset in a meta tag or XML declaration near the start, read as ASCII. */
    static String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isChromeTag(Element element) {
        return CHROME_TAGS.contains(element.normalName());
    }

    private static boolean isChrome(Element element) {
        if (element.attributesSize() == 0) {
            return false; // no id and no class: nothing to judge by
        }
        String names = element.id() + " " + element.className();
        if (names.isBlank() || element.tagName().equals("body") || element.tagName().equals("html")) {
            return false;
        }
        // An element holding the report's tables or its title heading is content even if a CMS gave it a
        // chrome-like class (e.g. "article-header").
        return CHROME_NAMES.matcher(names).find() && element.select(TABLES).isEmpty()
                && element.select(TITLE_HEADINGS).stream().noneMatch(h -> h.text().contains("报告"));
    }

    private void walk(Element element, List<Block> blocks, StringBuilder paragraph, Deadline deadline) {
        for (Node child : element.childNodes()) {
            deadline.check();
            if (child instanceof TextNode text) {
                paragraph.append(text.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.tagName().toLowerCase(Locale.ROOT);
                TableScan scan = tag.equals("table") ? TableScan.of(e) : null;
                if (scan != null && !scan.isLayoutTable()) {
                    flush(blocks, paragraph);
                    blocks.add(table(scan.rows()));
                } else if (tag.equals("table") || tag.equals("td") || tag.equals("th")) {
                    flush(blocks, paragraph);
                    walk(e, blocks, paragraph, deadline);
                    flush(blocks, paragraph);
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(blocks, paragraph);
                    walk(e, blocks, paragraph, deadline);
                    flush(blocks, paragraph);
                } else {
                    walk(e, blocks, paragraph, deadline);
                }
            }
        }
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph) {
        if (paragraph.length() == 0) {
            return; // most flushes, at the edges of nested block elements
        }
        String raw = paragraph.toString().replace('\u00A0', ' ');
        String text = (hasSourceLineBreak(raw) ? PARAGRAPH_BREAKS.matcher(raw).replaceAll(" ") : raw).strip();
        if (!text.isEmpty()) {
            blocks.add(new Paragraph(text));
        }
        paragraph.setLength(0);
    }

    /** The table of a data table's rows (it holds no other table, so every row in it is its own). */
    private static Table table(List<Element> trs) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (Element tr : trs) {
            List<TableCell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                if (td.tagName().equals("td") || td.tagName().equals("th")) {
                    cells.add(new TableCell(cellText(td), span(td.attr("rowspan")), span(td.attr("colspan"))));
                }
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    private static String cellText(Element td) {
        StringBuilder sb = new StringBuilder();
        appendCellText(td, sb);
        String text = sb.toString().replace('\u00A0', ' ');
        return (text.indexOf('\n') < 0 ? text : LINE_BREAK_PADDING.matcher(text).replaceAll("\n")).strip();
    }

    private static void appendCellText(Element element, StringBuilder sb) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String whole = text.getWholeText();
                sb.append(hasSourceLineBreak(whole) ? SOURCE_LINE_BREAKS.matcher(whole).replaceAll("") : whole);
            } else if (child instanceof Element e) {
                boolean block = e.tagName().equals("br") || e.tagName().equals("p") || e.tagName().equals("div");
                if (block && sb.length() > 0) {
                    sb.append('\n');
                }
                appendCellText(e, sb);
            }
        }
    }

    private static boolean hasSourceLineBreak(String text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0;
    }

    private static int span(String value) {
        if (value.isEmpty()) {
            return 1; // most cells have no span attribute; avoids throwing NumberFormatException for them
        }
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
