package org.reportintake.benchmarks;

import java.time.Duration;
import java.util.List;

import org.reportintake.parser.document.Block;
import org.reportintake.parser.document.Document;
import org.reportintake.parser.document.Paragraph;
import org.reportintake.parser.document.Table;
import org.reportintake.parser.document.TableCell;
import org.reportintake.parser.read.Deadline;
import org.reportintake.parser.read.TextDecoder;
import org.reportintake.parser.read.TextLayoutReader;

/**
 * The seeds' tables as a page-to-text tool gives them: one line per row, label cells joined, then the numbers
 * run together or spaced (the benchmark's copy of the parser tests' {@code layouts.Flattener}, which lives in
 * test code this module cannot depend on).
 */
final class FlattenedFixtures {

    private FlattenedFixtures() {
    }

    static String flatten(byte[] seed, boolean spaced) {
        Document document = new TextLayoutReader(new TextDecoder()).read(seed, Deadline.after(Duration.ofMinutes(1)));
        StringBuilder out = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                for (List<TableCell> row : t.rows()) {
                    StringBuilder label = new StringBuilder();
                    StringBuilder numbers = new StringBuilder();
                    for (TableCell cell : row) {
                        String text = cell.text().replaceAll("\\s+", "");
                        if (text.isEmpty()) {
                            continue;
                        }
                        if (text.matches("-?[0-9.,]+") || numbers.length() > 0) {
                            if (spaced && numbers.length() > 0) {
                                numbers.append(' ');
                            }
                            numbers.append(text);
                        } else {
                            label.append(text);
                        }
                    }
                    if (label.length() + numbers.length() > 0) {
                        out.append(label).append(spaced && label.length() > 0 && numbers.length() > 0 ? " " : "")
                                .append(numbers).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
