package org.reportintake.parser.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.document.DocumentFormat;
import org.reportintake.parser.failure.ParseProblem;

/** Recognises the format from the bytes (magic numbers and container structure), never from the file name. */
public final class FormatDetector {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final Pattern HTML_MARKUP =
            Pattern.compile("<\\s*(html|body|table|p|div|head|meta|!doctype\\s+html)[\\s>/]", Pattern.CASE_INSENSITIVE);

    private final TextDecoder decoder;

    public FormatDetector(TextDecoder decoder) {
        this.decoder = decoder;
    }

    public DocumentFormat detect(byte[] content) {
        if (startsWith(content, ZIP)) {
            return DocumentFormat.DOCX;
        }
        if (startsWith(content, OLE2)) {
            return ole2(content);
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return DocumentFormat.PDF;
        }
        if (head.startsWith("{\\rtf")) {
            throw new ParseProblem(ParseFailureCode.UNSUPPORTED_FORMAT, "rtf");
        }
        if (startsWith(content, new byte[] {'P', 'K'}) || looksBinary(content)) {
            throw new ParseProblem(ParseFailureCode.UNSUPPORTED_FORMAT, "unknown binary format");
        }
        String text = decoder.decode(content); // throws UNREADABLE_ENCODING
        // The pattern ignores ASCII case, and lower-casing the text first turns no other character into a letter
        // the markup needs, so the first 8 KB are searched as they are instead of copied and lower-cased.
        // Markup starts with "<": the search starts at the first one, and plain text without any is not searched.
        int end = Math.min(text.length(), 8192);
        int firstTag = text.indexOf('<');
        return firstTag >= 0 && firstTag < end && HTML_MARKUP.matcher(text).region(firstTag, end).find()
                ? DocumentFormat.HTML : DocumentFormat.TEXT;
    }

    /** Word 97 (and WPS saved as Word 97) holds a WordDocument stream; encrypted OOXML holds EncryptionInfo. */
    private static DocumentFormat ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new ParseProblem(ParseFailureCode.ENCRYPTED, "encrypted OOXML package");
            }
            if (root.hasEntry("WordDocument")) {
                return DocumentFormat.DOC;
            }
            throw new ParseProblem(ParseFailureCode.UNSUPPORTED_FORMAT, "OLE2 file without a Word document");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParseProblem problem) {
                throw problem;
            }
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "broken OLE2 container: " + e.getMessage(), e);
        }
    }

    /** NUL bytes do not occur in UTF-8 or GB18030 text. */
    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 8192);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
