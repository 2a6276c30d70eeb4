package org.reportintake.parser.recognition;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;
import org.reportintake.model.report.CaseTable;
import org.reportintake.model.report.CaseTable.CaseCell;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.ReadingIssue;
import org.reportintake.model.report.SectionKind;

/**
 * Recovers table 四 from flattened text: its 15 numbers run together on one line ({@code 21317000001324019}),
 * alone or after the header words, within the section 四 text or right after the table's header.
 * <p>
 * The run is split into three groups of five by {@link DigitSplits}, each group's 总计 having to equal
 * 维持 + 纠正 + 其他 + 尚未审结 (A4). When several splits survive, the narrative's 行政复议 N件 (the first group's
 * 总计) and 行政诉讼 M件 (the other two groups' 总计 together) keep the splits matching the most claims (ignored
 * when none matches; the narrative is not trusted over the table). One survivor: RECOVERED cells; several: the
 * cells they disagree on are UNCERTAIN with a FLATTENED_AMBIGUOUS issue; none (A4 cannot hold, e.g. the report's
 * own sums are wrong): every cell UNCERTAIN with FLATTENED_UNSOLVED, for a person to read.
 */
final class FlattenedCaseTable {

    static final String TABLE = "四";
    private static final int GROUPS = CaseGroup.values().length;
    private static final int OUTCOMES = CaseOutcome.values().length;
    private static final int CELLS = GROUPS * OUTCOMES;
    private static final int MAX_LABEL_LENGTH = 300;

    /** The table read from the flattened run and what could not be read with confidence. */
    record Reading(CaseTable table, List<ReadingIssue> issues) {
    }

    /** The flattened table 四 in {@code lines}, or null when the lines hold none. */
    Reading read(List<FlattenedLine> lines, List<NarrativeClaim> claims) {
        FlattenedRun run = find(lines);
        return run == null ? null : solve(run, claims);
    }

    /**
     * The first line in the table-四 context that ends in a run of at least 15 digits in at most 15 groups; else,
     * when each group has its own line ({@code 行政复议21317}, {@code 未经复议直接起诉00000},
     * {@code 复议后起诉1324019}), the three runs joined with a space (a group boundary is a hard boundary).
     */
    static FlattenedRun find(List<FlattenedLine> lines) {
        boolean context = false;
        FlattenedRun[] groups = new FlattenedRun[GROUPS];
        for (FlattenedLine line : lines) {
            if (isCaseHeader(line.normalised())) {
                context = true;
            }
            SectionKind heading = line.heading();
            if (heading == SectionKind.PROBLEMS_AND_IMPROVEMENTS || heading == SectionKind.OTHER_MATTERS) {
                context = false;
            }
            if (!context) {
                continue;
            }
            FlattenedRun run = line.run();
            if (run == null || run.digits() == null) {
                continue;
            }
            String label = line.label();
            if (label.length() > MAX_LABEL_LENGTH || label.contains("。")) {
                continue;
            }
            if (run.digitCount() >= CELLS && run.groups() <= CELLS && (label.isEmpty() || isCaseHeader(label)
                    || label.contains("总计") || label.contains("尚未审结"))) {
                return run;
            }
            int group = groupOf(label);
            if (group >= 0 && groups[group] == null && run.digitCount() >= OUTCOMES && run.groups() <= OUTCOMES) {
                groups[group] = run;
            }
        }
        for (FlattenedRun group : groups) {
            if (group == null) {
                return null;
            }
        }
        String raw = groups[0].raw() + " " + groups[1].raw() + " " + groups[2].raw();
        String digits = groups[0].digits() + " " + groups[1].digits() + " " + groups[2].digits();
        int count = groups[0].digitCount() + groups[1].digitCount() + groups[2].digitCount();
        return new FlattenedRun(raw, "", raw, digits, count);
    }

    /** The group a line of its own names: 行政复议, 未经复议直接起诉 or 复议后起诉; -1 for none. */
    private static int groupOf(String label) {
        if (label.contains("复议后起诉")) {
            return CaseGroup.LITIGATION_AFTER_REVIEW.ordinal();
        }
        if (label.contains("直接起诉")) {
            return CaseGroup.LITIGATION_WITHOUT_REVIEW.ordinal();
        }
        if (label.endsWith("行政复议") && !label.contains("诉讼")) {
            return CaseGroup.ADMINISTRATIVE_REVIEW.ordinal();
        }
        return -1;
    }

    private static boolean isCaseHeader(String l) {
        return (l.contains("行政复议") && (l.contains("行政诉讼") || l.contains("诉讼"))) || l.contains("尚未审结")
                || l.contains("结果维持") || l.contains("结果纠正");
    }

    Reading solve(FlattenedRun run, List<NarrativeClaim> claims) {
        DigitSplits.Result result = DigitSplits.split(run.digits(), GROUPS, OUTCOMES, true, DigitSplits.MAX_SPLITS);
        List<long[]> kept = result.splits().size() > 1 ? byClaims(result.splits(), claims) : result.splits();
        String raw = run.raw();
        List<CaseCell> cells = new ArrayList<>();
        List<ReadingIssue> issues = new ArrayList<>();
        if (kept.isEmpty() && !result.capped()) {
            issues.add(FlattenedCells.unsolved(TABLE, null, raw, "拆成15个单元格后没有一种满足“总计=维持+纠正+其他+尚未审结”",
                    "has no split into 15 cells where each group's 总计 is 维持 + 纠正 + 其他 + 尚未审结"));
        }
        List<String> ambiguous = new ArrayList<>();
        int k = 0;
        for (CaseGroup group : CaseGroup.values()) {
            for (CaseOutcome outcome : CaseOutcome.values()) {
                boolean certain = !result.capped() && FlattenedCells.agree(kept, k);
                cells.add(new CaseCell(group, outcome, certain
                        ? FlattenedCells.recovered(TABLE, group.label(), outcome.label(), raw, kept.get(0)[k])
                        : FlattenedCells.uncertain(TABLE, group.label(), outcome.label(), raw)));
                if (!certain && !kept.isEmpty()) {
                    ambiguous.add(group.label() + " " + outcome.label());
                }
                k++;
            }
        }
        if (!ambiguous.isEmpty() || (result.capped() && kept.isEmpty())) {
            List<String> candidates = new ArrayList<>();
            for (String split : FlattenedCells.candidates(kept, 0, CELLS)) {
                candidates.add(grouped(split));
            }
            issues.add(FlattenedCells.ambiguous(TABLE, null,
                    ambiguous.isEmpty() ? "全部单元格" : String.join("、", ambiguous), raw, candidates, result.capped()));
        }
        return new Reading(new CaseTable(cells), issues);
    }

    /** "2,1,3,1,7,0,…" as "2,1,3,1,7/0,0,0,0,0/13,2,4,0,19". */
    private static String grouped(String split) {
        String[] values = split.split(",");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(i % OUTCOMES == 0 ? '/' : ',');
            }
            sb.append(values[i]);
        }
        return sb.toString();
    }

    private static List<long[]> byClaims(List<long[]> splits, List<NarrativeClaim> claims) {
        int best = 0;
        List<long[]> kept = new ArrayList<>();
        for (long[] split : splits) {
            int score = 0;
            for (NarrativeClaim claim : claims) {
                long total = switch (claim.kind()) {
                    case ADMINISTRATIVE_REVIEWS -> split[OUTCOMES - 1];
                    case LAWSUITS -> split[2 * OUTCOMES - 1] + split[3 * OUTCOMES - 1];
                    default -> -1;
                };
                score += total >= 0 && claim.value().signum() >= 0 && claim.value().longValue() == total ? 1 : 0;
            }
            if (score > best) {
                best = score;
                kept.clear();
            }
            if (score == best) {
                kept.add(split);
            }
        }
        return best == 0 ? splits : kept;
    }
}
