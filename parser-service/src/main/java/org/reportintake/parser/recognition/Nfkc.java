package org.reportintake.parser.recognition;

import java.text.Normalizer;

/**
 * NFKC folding that gives exactly what {@link Normalizer} gives, but cheaply for the usual report text.
 * Labels are folded many times per document; nearly all of their characters are ASCII, CJK ideographs and
 * punctuation that NFKC leaves alone, or full-width forms that NFKC maps one-to-one to ASCII. Text with any
 * other character (compatibility ideographs, circled numbers, combining marks…) goes through the JDK.
 */
final class Nfkc {

    /**
     * For each character its NFKC form when that is a single character and the fast path may use it: the
     * character itself for those NFKC leaves unchanged and that never compose with a neighbour from this
     * table, another character for full-width forms and the ideographic space; 0 for every other character.
     */
    private static final char[] FOLDED = new char[0x10000];

    static {
        addInert(0x09, 0x0A);
        addInert(0x0D, 0x0D);
        addInert(0x20, 0x7E);
        addInert(0xB7, 0xB7);
        addInert(0xD7, 0xD7);
        addInert(0x200B, 0x200B);
        addInert(0x2010, 0x205E);
        addInert(0x2190, 0x21FF);
        addInert(0x2212, 0x2212);
        addInert(0x2500, 0x25FF);
        addInert(0x3001, 0x303F);
        addInert(0x4E00, 0x9FFF);
        addInert(0xFEFF, 0xFEFF);
        addMapped(0xA0, 0xA0);
        addMapped(0x3000, 0x3000);
        addMapped(0xFF01, 0xFF5E);
    }

    private Nfkc() {
    }

    /** Equal to {@code Normalizer.normalize(text, Normalizer.Form.NFKC)}. */
    static String normalize(String text) {
        int length = text.length();
        char[] out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char folded = FOLDED[c];
            if (folded == 0) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (folded != c && out == null) {
                out = new char[length];
                text.getChars(0, i, out, 0);
            }
            if (out != null) {
                out[i] = folded;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * The character's NFKC form when the fast path may fold text one character at a time, else 0: then only
     * {@link Normalizer} on the whole text gives the right result.
     */
    static char folded(char c) {
        return FOLDED[c];
    }

    /**
     * Only characters that the JDK agrees are already NFKC and that are not marks are taken, so the table
     * can only err towards the slow path. None of them takes part in canonical composition.
     */
    private static void addInert(int from, int to) {
        for (int c = from; c <= to; c++) {
            String s = String.valueOf((char) c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (!mark && Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
                FOLDED[c] = (char) c;
            }
        }
    }

    /** Taken only where the JDK maps the character to a single inert character. */
    private static void addMapped(int from, int to) {
        for (int c = from; c <= to; c++) {
            String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
            if (n.length() == 1 && FOLDED[n.charAt(0)] == n.charAt(0) && n.charAt(0) != c) {
                FOLDED[c] = n.charAt(0);
            }
        }
    }
}
