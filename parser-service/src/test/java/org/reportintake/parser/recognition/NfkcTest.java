package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The fast folding must give exactly what the JDK's NFKC and the label regexes give. */
class NfkcTest {

    private static final String[] NEIGHBOURS = {"a", "中", "（", "１", " ", "\u0301", "\u3099", "e", "か", "\u1100", "\u1161"};
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");

    @Test
    void agreesWithTheJdkForEveryCharacterAloneAndNextToOthers() {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String s = String.valueOf((char) c);
            assertNfkc(s);
            for (String neighbour : NEIGHBOURS) {
                assertNfkc(neighbour + s);
                assertNfkc(s + neighbour);
            }
        }
    }

    @Test
    void normalisedLabelsAgreeWithNfkcAndTheRegexes() {
        String alphabet = "0123456789+-.,，．、:：件个条项元万亿 \t\n\r\u2028中规章（）()“”\"'「」『』　\u00A0\u200B\uFEFF"
                + "一二三十—－−/无\\…①１２ＡＢ\u0301\u3099か\uF900ﬁ½";
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
            String expected = QUOTES.matcher(WHITESPACE.matcher(folded).replaceAll("")).replaceAll("");
            assertEquals(expected, Labels.normalise(text), () -> "for " + codes(text));
        }
    }

    private static void assertNfkc(String s) {
        assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Nfkc.normalize(s), () -> "for " + codes(s));
    }

    private static String codes(String s) {
        return s.chars().mapToObj(Integer::toHexString).toList().toString();
    }
}
