package org.reportintake.intake.submission;

import java.nio.charset.StandardCharsets;

/**
 * Decides a document's media type from its first bytes, never from its name or the client's claim.
 * Only a coarse answer is needed here; the parser decides finally whether it can read the document.
 */
public final class MediaTypeSniffer {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ZIP = "application/zip";
    public static final String OLE2 = "application/x-tika-msoffice";
    public static final String PDF = "application/pdf";
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";
    public static final String UNKNOWN = "application/octet-stream";

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private MediaTypeSniffer() {
    }

    public static String sniff(byte[] head) {
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String text = new String(head, StandardCharsets.ISO_8859_1);
            return text.contains("word/") || text.contains("[Content_Types].xml") ? DOCX : ZIP;
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return OLE2;
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return PDF;
        }
        String start = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase();
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body") || start.contains("<table")) {
            return HTML;
        }
        return looksLikeText(head) ? TEXT : UNKNOWN;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text in any of the encodings we read has no NUL bytes and few control characters. */
    private static boolean looksLikeText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control * 100 < head.length;
    }
}
