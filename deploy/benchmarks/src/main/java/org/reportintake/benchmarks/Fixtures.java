package org.reportintake.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The 25 corpus fixtures (5 seeds × txt, docx, doc, pdf, html) packaged with the benchmarks. */
final class Fixtures {

    static final List<String> FORMATS = List.of("txt", "docx", "doc", "pdf", "html");
    private static final List<String> SEEDS = List.of("000_c82a2c402dd56cf8", "001_10344cc63f2c5b68",
            "002_caa70d9250cb3ad4", "003_d26b553f0e382d29", "004_09d7efa84834ab25");

    private Fixtures() {
    }

    static List<byte[]> of(String format) {
        List<byte[]> files = new ArrayList<>();
        for (String seed : SEEDS) {
            String path = format.equals("txt") ? "/corpus/seeds/" + seed + ".txt" : "/corpus/" + format + "/" + seed + "." + format;
            try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing fixture " + path);
                }
                files.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
