package org.reportintake.parser.recognition;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises labels before matching: full-width forms folded to half-width (NFKC), every kind of whitespace
 * and line break removed ("商业\n企业", "自\n\n然\n\n人", "规    章") and quotes dropped.
 */
final class Labels {

    /** Leading item numbers such as "一、", "（2）", "4、", "(二)", "1.", "3．". */
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[(（]\\s*[0-9一二三四五六七八九十]{1,3}\\s*[)）]|[0-9一二三四五六七八九十]{1,3}\\s*[、.．,，:：])\\s*");

    private Labels() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // One character loop instead of NFKC and two regex passes: this runs for every label and cell, many
        // times. Text the fast NFKC path cannot fold goes the long way.
        int length = text.length();
        char[] kept = null;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char folded = Nfkc.folded(c);
            if (folded == 0) {
                return withoutDropped(Normalizer.normalize(text, Normalizer.Form.NFKC));
            }
            boolean keep = !isDropped(folded);
            if (kept == null) {
                if (keep && folded == c) {
                    continue;
                }
                kept = new char[length];
                text.getChars(0, i, kept, 0);
                n = i;
            }
            if (keep) {
                kept[n++] = folded;
            }
        }
        return kept == null ? text : new String(kept, 0, n);
    }

    private static String withoutDropped(String folded) {
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isDropped(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Whitespace as in regex \\s plus U+00A0, U+3000, U+200B, U+FEFF, and the quotes labels are written with. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isDropped(char c) {
        if (c > ' ' && c < '\u00A0' && c != '"' && c != '\'') {
            return false; // printable ASCII
        }
        if (c > '』') {
            return c == '\uFEFF'; // CJK ideographs, most characters of a label
        }
        return isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’'
                || c == '「' || c == '」' || c == '『' || c == '』';
    }

    /** The normalised label without its leading item number. */
    static String withoutNumbering(String text) {
        return numberingDropped(normalise(text));
    }

    /** An already normalised label without its leading item number. */
    static String numberingDropped(String normalised) {
        return mayBeNumbered(normalised) ? NUMBERING.matcher(normalised).replaceFirst("") : normalised;
    }

    /** Removes numbering from raw (not normalised) text, keeping everything else as written. */
    static String stripNumbering(String text) {
        String t = text.strip();
        String folded = Nfkc.normalize(t);
        return mayBeNumbered(folded) && NUMBERING.matcher(folded).lookingAt()
                ? NUMBERING.matcher(t).replaceFirst("") : t;
    }

    /** Cheap test of the first character NUMBERING needs, to skip the regex for most labels. */
    private static boolean mayBeNumbered(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '(' || c == '（' || (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
