package org.reportintake.parser.recognition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written as 2024年1月11日 or 二〇二四年一月十一日. */
final class ChineseDates {

    static final String DATE = "([0-9〇○零一二三四五六七八九]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月\\s*([0-9一二三四五六七八九十]{1,3})\\s*日";
    private static final Pattern STANDALONE = Pattern.compile("^\\s*" + DATE + "\\s*$");

    private ChineseDates() {
    }

    /** The date when the whole text is a date, else null. */
    static LocalDate standalone(String text) {
        Matcher m = STANDALONE.matcher(text.replace('\u3000', ' '));
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(number(year), number(month), number(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        if (text.length() == 4) {
            StringBuilder digits = new StringBuilder();
            for (char c : text.toCharArray()) {
                digits.append(digit(c));
            }
            return Integer.parseInt(digits.toString());
        }
        int tens = text.indexOf('十');
        if (tens < 0) {
            return digit(text.charAt(0));
        }
        int high = tens == 0 ? 1 : digit(text.charAt(0));
        int low = tens == text.length() - 1 ? 0 : digit(text.charAt(tens + 1));
        return high * 10 + low;
    }

    private static int digit(char c) {
        int i = "〇一二三四五六七八九".indexOf(c);
        if (i >= 0) {
            return i;
        }
        if (c == '○' || c == '零') {
            return 0;
        }
        if (Character.isDigit(c)) {
            return c - '0';
        }
        throw new NumberFormatException(String.valueOf(c));
    }
}
