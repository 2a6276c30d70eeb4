package org.reportintake.parser.recognition;

import java.math.BigDecimal;
import java.text.Normalizer;
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
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(件|个|条|项|万元|亿元|元)$");

    private CellValueReader() {
    }

    /** True for text that belongs in a value position: blank, a placeholder or a number. */
    static boolean isValueLike(String raw) {
        String t = clean(raw);
        return t.isEmpty() || PLACEHOLDERS.contains(t) || DECIMAL.matcher(stripUnit(t)).matches();
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
        if (rule == Rule.MONEY && DECIMAL.matcher(number).matches()) {
            BigDecimal value = new BigDecimal(number);
            if (factor != null && factor.compareTo(BigDecimal.ONE) != 0) {
                value = value.multiply(factor).stripTrailingZeros();
                if (value.scale() < 0) {
                    value = value.setScale(0);
                }
            }
            return new Cell(table, rowLabel, columnLabel, raw, CellKind.DECIMAL, value);
        }
        if (INTEGER.matcher(number).matches()) {
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

    private static String clean(String raw) {
        String folded = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        folded = WHITESPACE.matcher(folded).replaceAll("");
        folded = folded.replace('－', '-').replace('−', '-').replace('—', '—');
        return THOUSANDS.matcher(folded).replaceAll("");
    }

    /** The number in front of a unit suffix such as 件, 个, 元, 万元, 亿元. */
    private static String stripUnit(String t) {
        return UNIT_SUFFIX.matcher(t).replaceFirst("");
    }
}
