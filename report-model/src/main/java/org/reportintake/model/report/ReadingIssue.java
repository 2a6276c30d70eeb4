package org.reportintake.model.report;

import java.util.List;

/**
 * A problem the parser had reading the report, stated so that the supervising office can decide it: leads to
 * NEEDS_REVIEW, never to a rejection.
 *
 * @param kind        what went wrong
 * @param table       "二", "三" or "四", or null for the whole report
 * @param rowLabel    the row concerned, or null
 * @param columnLabel the column concerned, or null
 * @param raw         the text as written (e.g. the flattened run), or null
 * @param candidates  the readings that remain possible (e.g. "2,1,3,1,7"), possibly empty
 * @param detailZh    explanation in Chinese
 * @param detailEn    explanation in English
 */
public record ReadingIssue(ReadingIssueKind kind, String table, String rowLabel, String columnLabel, String raw,
                           List<String> candidates, String detailZh, String detailEn) {

    public ReadingIssue {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
