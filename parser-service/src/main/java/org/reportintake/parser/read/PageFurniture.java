package org.reportintake.parser.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what converted text keeps of the page layout: form feeds, page footers ("— 4 —", "- 4 -", "第 4 页",
 * "第4页 共12页", "4 / 12", a bare page number) and a running header (the same short line next to several page
 * breaks). The blank lines around a page break shrink to those on one side of it, so a table row cut by a page
 * still ends with one blank line and a table with two.
 *
 * <p>A bare number is a page number only where it cannot be a cell: next to a form feed, or between table rows
 * (possibly with the next page's header line after it) with a blank line before it; right after a cell line
 * ("\t12" then "3") it continues that cell as before. In running text a bare number without a form feed stays a
 * paragraph: a table flattened into lines of numbers must keep them.
 */
final class PageFurniture {

    private static final String DASHES = "[-—–－―─~～·•]+";
    private static final Pattern DECORATED = Pattern.compile(DASHES + "\\s*\\d{1,4}\\s*" + DASHES
            + "|(?:共\\s*\\d{1,4}\\s*页\\s*[,，、/／]?\\s*)?第\\s*\\d{1,4}\\s*页(?:\\s*[,，、/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
            + "|\\d{1,4}\\s*[/／]\\s*\\d{1,4}"
            + "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of|/)\\s*\\d{1,4})?");
    private static final int MAX_MARKER_LENGTH = 24;
    private static final int MAX_BARE_PAGE_NUMBER_DIGITS = 3;
    private static final int MAX_RUNNING_HEADER_LENGTH = 60;
    /** Stands for a form feed once the lines are split at it: no line of text can hold it any more. */
    private static final String FORM_FEED = "\f";

    private PageFurniture() {
    }

    /** The lines without page furniture; the same list when there is none. */
    static List<String> clean(List<String> input) {
        List<String> lines = splitAtFormFeeds(input);
        int n = lines.size();
        boolean[] furniture = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            furniture[i] = isMarker(lines, i);
            any |= furniture[i];
        }
        if (!any) {
            return lines;
        }
        markRunningHeaders(lines, furniture);
        List<String> out = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            String line = lines.get(i);
            if (!furniture[i] && !isBlank(line)) {
                out.add(line);
                i++;
                continue;
            }
            // A run of blank lines and furniture: keep the blank lines of one side of the furniture.
            int end = i;
            int leading = 0;
            int trailing = 0;
            boolean seen = false;
            while (end < n && (furniture[end] || isBlank(lines.get(end)))) {
                if (furniture[end]) {
                    seen = true;
                    trailing = 0;
                } else if (seen) {
                    trailing++;
                } else {
                    leading++;
                }
                end++;
            }
            int blanks = seen ? Math.max(leading, trailing) : end - i;
            if (seen) {
                for (int k = 0; k < blanks; k++) {
                    out.add("");
                }
            } else {
                out.addAll(lines.subList(i, end));
            }
            i = end;
        }
        return out;
    }

    /** Each form feed becomes a line of its own, so "\f高安市…" is a page break and then the header line. */
    private static List<String> splitAtFormFeeds(List<String> input) {
        List<String> lines = null;
        for (int i = 0; i < input.size(); i++) {
            String line = input.get(i);
            int ff = line.indexOf('\f');
            if (ff < 0) {
                if (lines != null) {
                    lines.add(line);
                }
                continue;
            }
            if (lines == null) {
                lines = new ArrayList<>(input.subList(0, i));
            }
            int start = 0;
            while (ff >= 0) {
                if (ff > start) {
                    lines.add(line.substring(start, ff));
                }
                lines.add(FORM_FEED);
                start = ff + 1;
                ff = line.indexOf('\f', start);
            }
            if (start < line.length()) {
                lines.add(line.substring(start));
            }
        }
        return lines == null ? input : lines;
    }

    private static boolean isMarker(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.equals(FORM_FEED)) {
            return true;
        }
        if (line.isEmpty() || line.charAt(0) == '\t' || line.length() > MAX_MARKER_LENGTH + 8) {
            return false; // a cell line, or too long for a footer
        }
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_MARKER_LENGTH || !hasDigit(stripped)) {
            return false;
        }
        String folded = foldDigits(stripped);
        if (isBareNumber(folded)) {
            return isBarePageNumber(lines, i);
        }
        return DECORATED.matcher(folded).matches();
    }

    private static boolean isBarePageNumber(List<String> lines, int i) {
        if ((i > 0 && lines.get(i - 1).equals(FORM_FEED)) || (i + 1 < lines.size() && lines.get(i + 1).equals(FORM_FEED))) {
            return true;
        }
        if (i > 0 && isCellLine(lines.get(i - 1))) {
            return false; // "\t12" then "3": the cell goes on
        }
        int before = i - 1;
        while (before >= 0 && isBlank(lines.get(before))) {
            before--;
        }
        int after = i + 1;
        while (after < lines.size() && isBlank(lines.get(after))) {
            after++;
        }
        if (before < 0 || after >= lines.size() || !isTableLine(lines.get(before))) {
            return false;
        }
        if (isTableLine(lines.get(after))) {
            return true;
        }
        // "12" then the running header of the next page, then the rows go on: a page number too.
        String header = lines.get(after).strip();
        if (header.length() > MAX_RUNNING_HEADER_LENGTH || header.indexOf('。') >= 0) {
            return false;
        }
        int next = after + 1;
        while (next < lines.size() && isBlank(lines.get(next))) {
            next++;
        }
        return next < lines.size() && isTableLine(lines.get(next));
    }

    /**
     * Marks short lines that stand next to a page break at least twice with the same words: a running header or
     * footer such as the report title. Their other occurrences (the title on the first page) are kept.
     */
    private static void markRunningHeaders(List<String> lines, boolean[] furniture) {
        int n = lines.size();
        Map<String, List<Integer>> nextToBreaks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            if (furniture[i] || isBlank(line) || isTableLine(line) || line.length() > MAX_RUNNING_HEADER_LENGTH + 8) {
                continue;
            }
            String stripped = line.strip();
            if (stripped.length() > MAX_RUNNING_HEADER_LENGTH || stripped.indexOf('。') >= 0) {
                continue;
            }
            int before = i - 1;
            while (before >= 0 && isBlank(lines.get(before))) {
                before--;
            }
            int after = i + 1;
            while (after < n && isBlank(lines.get(after))) {
                after++;
            }
            if ((before >= 0 && furniture[before]) || (after < n && furniture[after])) {
                nextToBreaks.computeIfAbsent(stripped, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> occurrences : nextToBreaks.values()) {
            if (occurrences.size() >= 2) {
                for (int i : occurrences) {
                    furniture[i] = true;
                }
            }
        }
    }

    /** A blank line; "\t" alone is not one but an empty cell of the cell-per-line layout. */
    private static boolean isBlank(String line) {
        return !line.startsWith("\t") && line.isBlank();
    }

    /** A line of the cell-per-line layout: one leading tab and no other. */
    private static boolean isCellLine(String line) {
        return !line.isEmpty() && line.charAt(0) == '\t' && line.indexOf('\t', 1) < 0;
    }

    /**
     * A cell line, a tab-separated row or a pipe row; any line with a pipe counts, since "信息内容 | 本年处理决定数量"
     * is a row once its separator follows, and a row must never be taken for a running header.
     */
    private static boolean isTableLine(String line) {
        return line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0
                || PipeRows.isRule(line.strip());
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareNumber(String folded) {
        if (folded.length() > MAX_BARE_PAGE_NUMBER_DIGITS) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            if (folded.charAt(i) < '0' || folded.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String foldDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return out == null ? text : out.toString();
    }
}
