package org.reportintake.parser.recognition;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;

/**
 * Reads one numeric table cell. A blank or placeholder stays BLANK/PLACEHOLDER and is never turned into 0;
 * decimals are accepted only in money columns and negatives only in signed columns (V60 本年增/减).
 */
final class CellValueReader {

    /** How a column's values are written. */
    enum Rule {
        COUNT,
        SIGNED_COUNT,
        MONEY
    }

    private static final Set<String> PLACEHOLDERS = Set.of("—", "-", "/", "无", "——", "--", "―", "─", "\\", "…", "……");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(件|个|条|项|万元|亿元|元)$");

    private CellValueReader() {
    }

    /** True for text that belongs in a value position: blank, a placeholder or a number. */
    static boolean isValueLike(String raw) {
        String t = clean(raw);
        return t.isEmpty() || PLACEHOLDERS.contains(t) || isDecimal(stripUnit(t));
    }

    static Cell read(String table, String rowLabel, String columnLabel, String raw, Rule rule, BigDecimal toWanYuan) {
        String t = clean(raw);
        if (t.isEmpty()) {
            return new Cell(table, rowLabel, columnLabel, raw, CellKind.BLANK, null);
        }
        if (PLACEHOLDERS.contains(t)) {
            return new Cell(table, rowLabel, columnLabel, raw, CellKind.PLACEHOLDER, null);
        }
        String number = stripUnit(t);
        BigDecimal factor = toWanYuan;
        if (rule == Rule.MONEY && t.endsWith("元")) {
            factor = unitFactor(t.substring(number.length()));
        }
        boolean negative = number.startsWith("-");
        if (negative && rule != Rule.SIGNED_COUNT) {
            return unparseable(table, rowLabel, columnLabel, raw);
        }
        if (rule == Rule.MONEY && isDecimal(number)) {
            BigDecimal value = new BigDecimal(number);
            if (factor != null && factor.compareTo(BigDecimal.ONE) != 0) {
                value = value.multiply(factor).stripTrailingZeros();
                if (value.scale() < 0) {
                    value = value.setScale(0);
                }
            }
            return new Cell(table, rowLabel, columnLabel, raw, CellKind.DECIMAL, value);
        }
        if (isInteger(number)) {
            return new Cell(table, rowLabel, columnLabel, raw, CellKind.INTEGER, new BigDecimal(number.replace("+", "")));
        }
        return unparseable(table, rowLabel, columnLabel, raw);
    }

    /** Multiplier from the unit written to 万元: 元 → 0.0001, 万元 → 1, 亿元 → 10000; null when none is written. */
    static BigDecimal unitFactor(String text) {
        String t = Labels.normalise(text);
        if (t.contains("亿元")) {
            return BigDecimal.valueOf(10_000);
        }
        if (t.contains("万元")) {
            return BigDecimal.ONE;
        }
        if (t.contains("元")) {
            return new BigDecimal("0.0001");
        }
        return null;
    }

    private static Cell unparseable(String table, String rowLabel, String columnLabel, String raw) {
        return new Cell(table, rowLabel, columnLabel, raw, CellKind.UNPARSEABLE, null);
    }

    /** NFKC, whitespace dropped, minus signs unified, thousands separators dropped; runs for every cell. */
    private static String clean(String raw) {
        String folded = Nfkc.normalize(raw == null ? "" : raw);
        folded = withoutWhitespace(folded);
        folded = folded.replace('－', '-').replace('−', '-');
        return folded.indexOf(',') < 0 ? folded : THOUSANDS.matcher(folded).replaceAll("");
    }

    private static String withoutWhitespace(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Labels.isWhitespace(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** The number in front of a unit suffix such as 件, 个, 元, 万元, 亿元. */
    private static String stripUnit(String t) {
        return hasUnitCharacter(t) ? UNIT_SUFFIX.matcher(t).replaceFirst("") : t;
    }

    /** UNIT_SUFFIX cannot match without one of these characters, so most cells skip the regex. */
    private static boolean hasUnitCharacter(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '件' || c == '个' || c == '条' || c == '项' || c == '元') {
                return true;
            }
        }
        return false;
    }

    /** The regex [+-]?\\d+ with ASCII digits, checked by hand. */
    private static boolean isInteger(String t) {
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        return digitsEnd(t, i) == t.length() && t.length() > i;
    }

    /** The regex [+-]?\\d+(\\.\\d+)? with ASCII digits, checked by hand. */
    private static boolean isDecimal(String t) {
        int sign = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        int integerEnd = digitsEnd(t, sign);
        if (integerEnd == sign) {
            return false;
        }
        if (integerEnd == t.length()) {
            return true;
        }
        if (t.charAt(integerEnd) != '.') {
            return false;
        }
        int fractionEnd = digitsEnd(t, integerEnd + 1);
        return fractionEnd > integerEnd + 1 && fractionEnd == t.length();
    }

    private static int digitsEnd(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
