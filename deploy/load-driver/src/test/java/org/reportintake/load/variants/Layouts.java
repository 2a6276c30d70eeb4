package org.reportintake.load.variants;

import java.util.List;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;

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
     */
    public record Named(String name, Layout layout, boolean keepsCells) {
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
            new Named("总计 column blank", BLANK_TOTAL_COLUMN, false));

    private Layouts() {
    }

    public static List<Named> keepingCells() {
        return ALL.stream().filter(Named::keepsCells).toList();
    }

    public static List<Named> blankingTotals() {
        return ALL.stream().filter(layout -> !layout.keepsCells()).toList();
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
