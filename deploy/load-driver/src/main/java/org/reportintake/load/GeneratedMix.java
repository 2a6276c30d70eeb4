package org.reportintake.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated mix of a load run: every 10 documents are 3 seeds as they are (cycling through all 25 seed
 * documents, every format), 5 consistent variations of the .txt seeds and 2 deliberately broken ones. Each document
 * is uploaded for its own agency, so identical seed bytes are still new submissions (intake de-duplicates per agency).
 */
public final class GeneratedMix {

    /** The row of table 三 whose 总计 the broken documents change. */
    private static final String NEW_APPLICATIONS_ROW = "\t一、本年新收政府信息公开申请数量\n";
    /** Table 三 has seven value columns: 自然人, five kinds of 法人或其他组织, 总计. */
    private static final int TOTAL_COLUMN = 7;

    private final List<SeedCorpus.Document> seeds = SeedCorpus.all();
    private final List<SeedCorpus.Document> textSeeds = seeds.stream().filter(d -> d.format().equals("txt")).toList();
    private final String runTag;

    /** @param runTag letters only, distinguishes this run's agencies and markers from an earlier run's */
    public GeneratedMix(String runTag) {
        this.runTag = runTag;
    }

    public List<LoadDocument> documents(int count) {
        List<LoadDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(document(i));
        }
        return documents;
    }

    public LoadDocument document(int index) {
        String agency = "load-" + runTag + "-" + index;
        int slot = index % 10;
        int round = index / 10;
        if (slot < 3) {
            SeedCorpus.Document seed = seeds.get((round * 3 + slot) % seeds.size());
            return new LoadDocument(index, "SEED", seed.format(), seed.fileName(), agency, seed.content(),
                    seed.seedNumber() == 0 ? "REJECTED" : "ACCEPTED");
        }
        SeedCorpus.Document seed = textSeeds.get((round * 7 + slot) % textSeeds.size());
        String text = new String(seed.content(), StandardCharsets.UTF_8);
        String marked = withMarker(text, index);
        if (slot < 8) {
            return new LoadDocument(index, "VARIANT", "txt", "variant-" + index + "-" + seed.fileName(), agency,
                    marked.getBytes(StandardCharsets.UTF_8), seed.seedNumber() == 0 ? "REJECTED" : "ACCEPTED");
        }
        return new LoadDocument(index, "BROKEN", "txt", "broken-" + index + "-" + seed.fileName(), agency,
                withWrongNewApplicationsTotal(marked, 1 + index % 5).getBytes(StandardCharsets.UTF_8), "REJECTED");
    }

    /**
     * Appends a letters-only marker to the introduction (the first line citing the 条例): the bytes differ, no number,
     * heading or table changes, so every rule holds exactly as for the seed.
     */
    String withMarker(String text, int index) {
        int at = text.indexOf("条例");
        if (at < 0) {
            throw new IllegalStateException("seed without an introduction citing the 条例");
        }
        int lineEnd = text.indexOf('\n', at);
        return text.substring(0, lineEnd) + "（批次标记：" + runTag + lettersOf(index) + "）" + text.substring(lineEnd);
    }

    /** Raises the 总计 of table 三's 本年新收 row by {@code delta}: the row no longer adds up, so A1 must reject. */
    static String withWrongNewApplicationsTotal(String text, int delta) {
        int row = text.indexOf(NEW_APPLICATIONS_ROW);
        if (row < 0) {
            throw new IllegalStateException("seed without table 三 row 本年新收");
        }
        int lineStart = row + NEW_APPLICATIONS_ROW.length();
        for (int column = 1; column < TOTAL_COLUMN; column++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        long total = Long.parseLong(text.substring(lineStart, lineEnd).strip());
        return text.substring(0, lineStart) + "\t" + (total + delta) + text.substring(lineEnd);
    }

    /** The index in letters (a–j for 0–9): markers must not add numbers for the text–table rules to read. */
    static String lettersOf(int index) {
        StringBuilder letters = new StringBuilder();
        for (char digit : Integer.toString(index).toCharArray()) {
            letters.append((char) ('a' + (digit - '0')));
        }
        return letters.toString();
    }
}
