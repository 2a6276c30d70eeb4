package org.reportintake.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextLayoutReaderLinesTest {

    @Test
    void splitsAtEveryKindOfLineBreakKeepingEmptyLines() {
        for (String text : new String[] {"", "a", "a\nb", "a\r\nb", "a\rb", "\n", "\r\n", "\r\r\n\n", "a\n\n", "\n\ta\r",
            "a\n\r", "a\r\n\r\nb\n", "\t规章\t0\n\t1\r\n"}) {
            assertEquals(Arrays.asList(text.split("\r?\n|\r", -1)), TextLayoutReader.lines(text), text);
        }
    }
}
