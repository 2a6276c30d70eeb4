package org.reportintake.parser.layouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ReportSection;
import org.reportintake.parser.ParseOutcome;
import org.reportintake.parser.ParserLimits;
import org.reportintake.parser.ReportParser;
import org.reportintake.parser.layouts.SeedLayouts.PipeStyle;

/**
 * Text that converters wrote from a PDF or Word file must read as the same report as the seed text it came from:
 * for each of the five seeds, every cell of tables 二, 三 and 四 (row, column, kind, value), the report year, the
 * template version, the title and the six sections. The converted texts are built from the seeds by
 * {@link SeedLayouts}.
 */
class ConvertedTextLayoutsTest {

    private static final ReportParser PARSER = new ReportParser(ParserLimits.defaults());

    static List<String> seeds() {
        return SeedLayouts.SEEDS;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsPipeTablesAsTheSameTablesAsTheSeedLayout(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        assertSameReport(seedText, SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsPipeTablesWithoutOuterPipesOrPaddingAndWithFullWidthPipes(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        assertSameReport(seedText, SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withOuterPipes(false)));
        assertSameReport(seedText, SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withPadded(false)));
        assertSameReport(seedText, SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withFullWidthPipes(true)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void joinsTablesWrittenOneRowPerTable(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        assertSameReport(seedText, SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withTablePerRow(true)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsTabSeparatedRowsAlsoOnePerTableAndWithPageBreaks(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        assertSameReport(seedText, SeedLayouts.tabRows(seedText, false));
        assertSameReport(seedText, SeedLayouts.tabRows(seedText, true));
        String withBreaks = SeedLayouts.withPageBreaks(SeedLayouts.tabRows(seedText, true), 10);
        assertTrue(Pattern.compile("\t[^\n]*\n\n(— \\d+ —|第\\d+页[^\n]*|- \\d+ -|\\d+ / 99|\\d+)\n").matcher(withBreaks).find(),
                "the fixture has page breaks between tab-separated rows");
        assertSameReport(seedText, withBreaks);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void joinsTablesSplitAtTheirSubHeadings(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        String converted = SeedLayouts.captionsAsHeadings(SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN));
        assertTrue(converted.contains("\n### 第二十条"), "the fixture has the captions as headings");
        assertSameReport(seedText, converted);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void dropsPageFootersAndRunningHeadersBetweenPipeRows(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        String converted = SeedLayouts.withPageBreaks(SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN), 15);
        assertTrue(converted.contains("\f") && converted.contains("— 1 —"), "the fixture has page breaks");
        assertSameReport(seedText, converted);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void dropsPageFootersAndRunningHeadersBetweenRowsOfTheSeedLayout(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        assertSameReport(seedText, SeedLayouts.withPageBreaks(seedText, 15));
        assertSameReport(seedText, SeedLayouts.withPageBreaks(seedText, 4));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void dropsPageFootersBetweenTablesWrittenOneRowPerTable(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        assertSameReport(seedText, SeedLayouts.withPageBreaks(
                SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withTablePerRow(true)), 15));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void dropsPlaceholderAndRepeatedHeaderRows(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        PipeStyle placeholders = PipeStyle.MARKDOWN.withPlaceholderHeader(true).withRepeatHeadEvery(3);
        String converted = SeedLayouts.pipeText(seedText, placeholders);
        assertTrue(converted.contains("| Col1 |") && converted.contains("| Column1 |")
                && converted.contains("| 列1 |"), "the fixture has placeholder headers");
        assertSameReport(seedText, converted);
        assertSameReport(seedText, SeedLayouts.pipeText(seedText, placeholders.withTablePerRow(true)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsMarkdownHeadingsAndBoldAsTheirWords(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        String converted = SeedLayouts.markdownHeadings(SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN));
        assertTrue(converted.contains("\n## ") && converted.lines().anyMatch(l -> l.startsWith("# ")),
                "the fixture has Markdown headings");
        AnnualReport report = assertSameReport(seedText, converted);
        for (ReportSection section : report.sections()) {
            assertFalse(section.heading().contains("#") || section.heading().contains("**"), section.heading());
        }
        assertSameReport(seedText, SeedLayouts.markdownHeadings(seedText)); // headings around the seed's own layout
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsFullWidthDigitsAndHalfWidthBracketsInCellsAndText(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        String converted = SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withFullWidthDigits(true));
        assertTrue(converted.contains("| ０ |"), "the fixture has full-width digits");
        assertSameReport(seedText, converted);
        String mixed = SeedLayouts.mixedPunctuation(converted);
        assertTrue(!mixed.equals(converted) && mixed.contains(":"), "the fixture mixes half-width punctuation in");
        assertSameReport(seedText, mixed);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void joinsRowLabelsWrappedOverTwoPipeRows(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        String converted = SeedLayouts.pipeText(seedText, PipeStyle.MARKDOWN.withWrapLabelsLongerThan(14));
        assertTrue(converted.contains("| 一、本年新收政府 |"), "the fixture wraps long labels");
        assertSameReport(seedText, converted);
        assertSameReport(seedText, SeedLayouts.pipeText(seedText,
                PipeStyle.MARKDOWN.withWrapLabelsLongerThan(14).withPadded(false).withFullWidthPipes(true)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void readsEveryConversionAtOnce(String seed) {
        String seedText = SeedLayouts.seedText(seed);
        PipeStyle everything = new PipeStyle(false, true, false, true, true, 4, true, 0);
        assertSameReport(seedText, SeedLayouts.markdownHeadings(
                SeedLayouts.withPageBreaks(SeedLayouts.pipeText(seedText, everything), 12)));
    }

    /** Parses both texts and asserts they read as the same report; returns the converted reading. */
    static AnnualReport assertSameReport(String seedText, String convertedText) {
        AnnualReport expected = parse(seedText, "seed");
        AnnualReport actual = parse(convertedText, "converted text");
        Map<String, String> expectedCells = ReportTableCells.of(expected);
        Map<String, String> actualCells = ReportTableCells.of(actual);
        assertEquals(expectedCells, actualCells, () -> "table cells differ: " + differences(expectedCells, actualCells));
        assertEquals(expected.metadata().reportYear(), actual.metadata().reportYear(), "report year");
        assertEquals(expected.metadata().templateVersion(), actual.metadata().templateVersion(), "template version");
        assertEquals(expected.metadata().title(), actual.metadata().title(), "title");
        assertEquals(expected.sections().stream().map(ReportSection::kind).toList(),
                actual.sections().stream().map(ReportSection::kind).toList(), "sections");
        return actual;
    }

    /** Only the cells that differ, so a failure shows what went wrong instead of two maps of 200 cells. */
    private static String differences(Map<String, String> expected, Map<String, String> actual) {
        Map<String, String> differ = new TreeMap<>();
        Set<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String key : keys) {
            if (!Objects.equals(expected.get(key), actual.get(key))) {
                differ.put(key, expected.get(key) + " -> " + actual.get(key));
            }
        }
        return differ.toString();
    }

    private static AnnualReport parse(String text, String what) {
        ParseOutcome outcome = PARSER.parse(text.getBytes(StandardCharsets.UTF_8), "report.txt");
        assertTrue(outcome.succeeded(), () -> what + " failed: " + outcome.failure());
        assertNotNull(outcome.report().disclosures(), what + ": table 二");
        assertNotNull(outcome.report().applications(), what + ": table 三");
        assertNotNull(outcome.report().cases(), what + ": table 四");
        return outcome.report();
    }
}
