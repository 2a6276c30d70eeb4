package org.reportintake.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The five seed reports in every format (25 documents), packaged with the driver so it runs from any directory. */
public final class SeedCorpus {

    /** The seeds by number, with their file stem. */
    public static final List<String> SEEDS = List.of(
            "000_c82a2c402dd56cf8", "001_10344cc63f2c5b68", "002_caa70d9250cb3ad4", "003_d26b553f0e382d29",
            "004_09d7efa84834ab25");

    /** Every format a seed exists in: folder and file extension. */
    public static final List<String> FORMATS = List.of("seeds:txt", "docx:docx", "doc:doc", "pdf:pdf", "html:html");

    /** One document of the corpus. */
    public record Document(String seed, String format, String fileName, byte[] content) {
        public int seedNumber() {
            return Integer.parseInt(seed.substring(0, 3));
        }
    }

    private SeedCorpus() {
    }

    public static List<Document> all() {
        List<Document> documents = new ArrayList<>();
        for (String seed : SEEDS) {
            for (String format : FORMATS) {
                documents.add(load(seed, format));
            }
        }
        return documents;
    }

    public static Document load(String seed, String format) {
        String folder = format.substring(0, format.indexOf(':'));
        String extension = format.substring(format.indexOf(':') + 1);
        String fileName = seed + "." + extension;
        String resource = "/corpus/" + folder + "/" + fileName;
        try (InputStream in = SeedCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus resource " + resource);
            }
            return new Document(seed, extension, fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
