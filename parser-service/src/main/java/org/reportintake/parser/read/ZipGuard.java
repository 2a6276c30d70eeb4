package org.reportintake.parser.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.failure.ParseProblem;

/**
 * Inspects a zip container (docx) before any XML parser sees it: inflates every entry with a byte budget
 * (decompression bombs), refuses DOCTYPE/ENTITY declarations in XML parts (external entities are never
 * resolved, because nothing is parsed when one is present) and checks that it is a Word document.
 */
public final class ZipGuard {

    private static final int MAX_ENTRIES = 10_000;
    /** A docx compresses text by roughly 5-20x; far beyond that on a sizeable archive is a bomb. */
    private static final long MAX_RATIO = 200;
    private static final long RATIO_APPLIES_ABOVE = 16L * 1024 * 1024;
    private static final byte[][] FORBIDDEN = {
        "<!doctype".getBytes(StandardCharsets.US_ASCII),
        "<!entity".getBytes(StandardCharsets.US_ASCII)
    };

    private final long maxUnpackedBytes;

    public ZipGuard(long maxUnpackedBytes) {
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /** Returns true when the archive holds word/document.xml; throws for bombs, entities and broken zips. */
    public boolean inspectWordPackage(byte[] content, Deadline deadline) {
        long total = 0;
        int entries = 0;
        boolean hasDocument = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                deadline.check();
                if (++entries > MAX_ENTRIES) {
                    throw new ParseProblem(ParseFailureCode.DECOMPRESSION_BOMB, "too many zip entries");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                hasDocument |= name.equals("word/document.xml");
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                EntityScanner scanner = new EntityScanner();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUnpackedBytes
                            || (total > RATIO_APPLIES_ABOVE && total / Math.max(1, content.length) > MAX_RATIO)) {
                        throw new ParseProblem(ParseFailureCode.DECOMPRESSION_BOMB,
                                "archive expands beyond " + maxUnpackedBytes + " bytes");
                    }
                    if (xml && scanner.feed(buffer, n)) {
                        throw new ParseProblem(ParseFailureCode.EXTERNAL_ENTITY, "DOCTYPE/ENTITY in " + entry.getName());
                    }
                    deadline.check();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "broken zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "zip without entries");
        }
        if (!hasDocument && !hasEndOfCentralDirectory(content)) {
            // Cut off between two entries: the stream reads cleanly up to the cut, but the file is incomplete, not
            // some other kind of zip.
            throw new ParseProblem(ParseFailureCode.CORRUPT_FILE, "truncated zip (no end of central directory)");
        }
        return hasDocument;
    }

    /** Case-insensitive search for the forbidden markers across buffer boundaries (ASCII-compatible XML). */
    private static final class EntityScanner {
        private final int[] progress = new int[FORBIDDEN.length];

        boolean feed(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                byte lower = (b >= 'A' && b <= 'Z') ? (byte) (b + 32) : b;
                for (int k = 0; k < FORBIDDEN.length; k++) {
                    byte[] marker = FORBIDDEN[k];
                    if (lower == marker[progress[k]]) {
                        if (++progress[k] == marker.length) {
                            return true;
                        }
                    } else {
                        progress[k] = lower == marker[0] ? 1 : 0;
                    }
                }
            }
            return false;
        }
    }

    /** The end-of-central-directory record (PK 05 06) sits in the last 22 to 65,557 bytes of a complete zip. */
    private static boolean hasEndOfCentralDirectory(byte[] content) {
        int lowest = Math.max(0, content.length - 22 - 65_535);
        for (int i = content.length - 22; i >= lowest; i--) {
            if (content[i] == 0x50 && content[i + 1] == 0x4B && content[i + 2] == 0x05 && content[i + 3] == 0x06) {
                return true;
            }
        }
        return false;
    }
}
