package org.reportintake.intake.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MediaTypeSnifferTest {

    @Test
    void recognisesFormatsByTheirFirstBytesWhateverTheName() {
        assertEquals(MediaTypeSniffer.PDF, MediaTypeSniffer.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(MediaTypeSniffer.OLE2, MediaTypeSniffer.sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}));
        assertEquals(MediaTypeSniffer.DOCX, MediaTypeSniffer.sniff("PK\u0003\u0004....[Content_Types].xml".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(MediaTypeSniffer.HTML, MediaTypeSniffer.sniff("\n  <!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void chineseTextInUtf8OrGbkIsText() {
        String text = "二、主动公开政府信息情况\n\t第二十条第（一）项\n";
        assertEquals(MediaTypeSniffer.TEXT, MediaTypeSniffer.sniff(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(MediaTypeSniffer.TEXT, MediaTypeSniffer.sniff(text.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void binaryNoiseAndEmptyFilesAreUnknown() {
        assertEquals(MediaTypeSniffer.UNKNOWN, MediaTypeSniffer.sniff(new byte[] {1, 2, 0, 3, 4, 5}));
        assertEquals(MediaTypeSniffer.UNKNOWN, MediaTypeSniffer.sniff(new byte[0]));
    }
}
