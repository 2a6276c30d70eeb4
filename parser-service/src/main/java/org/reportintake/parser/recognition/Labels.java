package org.reportintake.parser.recognition;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises labels before matching: full-width forms folded to half-width (NFKC), every kind of whitespace
 * and line break removed ("商业\n企业", "自\n\n然\n\n人", "规    章") and quotes dropped.
 */
final class Labels {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    /** Leading item numbers such as "一、", "（2）", "4、", "(二)", "1.", "3．". */
    private static final Pattern NUMBERING =
            Pattern.compile("^(?:[(（]\\s*[0-9一二三四五六七八九十]{1,3}\\s*[)）]|[0-9一二三四五六七八九十]{1,3}\\s*[、.．,，:：])\\s*");

    private Labels() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return QUOTES.matcher(WHITESPACE.matcher(folded).replaceAll("")).replaceAll("");
    }

    /** The normalised label without its leading item number. */
    static String withoutNumbering(String text) {
        String n = normalise(text);
        return NUMBERING.matcher(n).replaceFirst("");
    }

    /** Removes numbering from raw (not normalised) text, keeping everything else as written. */
    static String stripNumbering(String text) {
        String t = text.strip();
        return NUMBERING.matcher(Normalizer.normalize(t, Normalizer.Form.NFKC)).lookingAt()
                ? NUMBERING.matcher(t).replaceFirst("") : t;
    }
}
