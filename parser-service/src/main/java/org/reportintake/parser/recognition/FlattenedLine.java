package org.reportintake.parser.recognition;

import org.reportintake.model.report.SectionKind;

/**
 * One text line looked at for flattened tables, normalised and classified once for the three table readers.
 *
 * @param text       the line as written
 * @param normalised the whole line normalised ({@link Labels#normalise})
 * @param run        the digit run it ends in, or null
 * @param label      the normalised text before the run (the whole normalised line when there is no run)
 * @param heading    the section whose heading the line is, or null
 */
record FlattenedLine(String text, String normalised, FlattenedRun run, String label, SectionKind heading) {

    static FlattenedLine of(String text) {
        String normalised = Labels.normalise(text);
        FlattenedRun run = FlattenedRun.of(text);
        String label = run == null ? normalised : Labels.normalise(run.label());
        return new FlattenedLine(text, normalised, run, label, SectionRecogniser.kindOf(text));
    }
}
