package org.reportintake.load.variants;

import java.util.List;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.parser.layouts.Flattener;
import org.reportintake.parser.layouts.SeedLayouts;
import org.reportintake.parser.layouts.SeedLayouts.PipeStyle;

/** The layouts every variant is run in. */
public final class Layouts {

    /** The seed layout itself. */
    public static final Layout ORIGINAL = text -> text;

    /**
     * 总计 of table 三 left blank in every row but 一、本年新收 and （七）总计, as some 2019/2020 reports do: the
     * validator is to compute each blank 总计 from the six applicant columns and warn under A3.
     */
    public static final Layout BLANK_TOTALS = text -> blankTotals(text, List.of(ApplicationRow.NEW_RECEIVED,
            ApplicationRow.TOTAL));

    /** The whole 总计 column of table 三 left blank: the validator computes every total and warns under A3. */
    public static final Layout BLANK_TOTAL_COLUMN = text -> blankTotals(text, List.of());

    /**
     * A layout with its name for the test's display name.
     *
     * @param keepsCells true when every cell keeps its value (a re-rendering), so a planted error's expected findings
     *                   hold in it; false when the layout itself changes cells (BLANK_TOTALS)
     * @param flattened  true when cell boundaries are lost (digits run together): a planted error is then either read
     *                   and rejected by its rule, or the run cannot be split with confidence and goes to review
     */
    public record Named(String name, Layout layout, boolean keepsCells, boolean flattened) {

        public Named(String name, Layout layout, boolean keepsCells) {
            this(name, layout, keepsCells, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Every layout. The converters of parser-service's layouts/ (SeedLayouts, Flattener) go here, one line each,
     * e.g. {@code new Named("pipe tables", SeedLayouts::pipeTables, true)}, and, to cross them with blank totals,
     * {@code new Named("blank 总计, pipe tables", BLANK_TOTALS.then(SeedLayouts::pipeTables), false)}.
     */
    public static final List<Named> ALL = List.of(
            new Named("original", ORIGINAL, true),
            new Named("总计 blank but in 一 and （七）", BLANK_TOTALS, false),
            new Named("总计 column blank", BLANK_TOTAL_COLUMN, false),
            new Named("pipe tables", text -> SeedLayouts.pipeText(text, PipeStyle.MARKDOWN), true),
            new Named("one pipe table per row, page footers", text -> SeedLayouts.withPageBreaks(
                    SeedLayouts.pipeText(text, PipeStyle.MARKDOWN.withTablePerRow(true)), 15), true),
            new Named("## headings, placeholder and repeated headers, full-width digits", text ->
                    SeedLayouts.markdownHeadings(SeedLayouts.pipeText(text, PipeStyle.MARKDOWN
                            .withPlaceholderHeader(true).withRepeatHeadEvery(4).withFullWidthDigits(true))), true),
            new Named("tab rows with page footers", text -> SeedLayouts.withPageBreaks(
                    SeedLayouts.tabRows(text, false), 12), true),
            new Named("总计 blank, pipe tables", BLANK_TOTALS.then(text -> SeedLayouts.pipeText(text,
                    PipeStyle.MARKDOWN)), false),
            new Named("flattened, digits run together", text -> Flattener.flatten(text, Flattener.Spacing.NONE),
                    false, true),
            new Named("flattened, space-separated", text -> Flattener.flatten(text, Flattener.Spacing.SPACED),
                    false, true),
            new Named("flattened, partly spaced", text -> Flattener.flatten(text, Flattener.Spacing.MIXED),
                    false, true));

    private Layouts() {
    }

    public static List<Named> keepingCells() {
        return ALL.stream().filter(Named::keepsCells).toList();
    }

    public static List<Named> blankingTotals() {
        return ALL.stream().filter(layout -> !layout.keepsCells() && !layout.flattened()).toList();
    }

    public static List<Named> flattening() {
        return ALL.stream().filter(Named::flattened).toList();
    }

    private static String blankTotals(String text, List<ApplicationRow> kept) {
        SeedText located = SeedText.of(text);
        SeedNumbers numbers = located.numbers();
        for (ApplicationRow row : numbers.rows()) {
            if (!kept.contains(row)) {
                numbers = numbers.with(row, ApplicantColumn.TOTAL, "");
            }
        }
        return located.with(numbers);
    }
}
