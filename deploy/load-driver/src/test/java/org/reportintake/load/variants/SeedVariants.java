package org.reportintake.load.variants;

import static org.reportintake.model.report.ApplicantColumn.COMMERCIAL_ENTERPRISE;
import static org.reportintake.model.report.ApplicantColumn.LEGAL_SERVICE_INSTITUTION;
import static org.reportintake.model.report.ApplicantColumn.NATURAL_PERSON;
import static org.reportintake.model.report.ApplicantColumn.TOTAL;
import static org.reportintake.model.report.CaseGroup.ADMINISTRATIVE_REVIEW;
import static org.reportintake.model.report.CaseGroup.LITIGATION_AFTER_REVIEW;
import static org.reportintake.model.report.CaseGroup.LITIGATION_WITHOUT_REVIEW;
import static org.reportintake.model.report.CaseOutcome.CORRECTED;
import static org.reportintake.model.report.CaseOutcome.UPHELD;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.reportintake.load.SeedCorpus;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseOutcome;

/**
 * The seed variants: sound ones (hand-written and drawn with a fixed Random) that must never be rejected, and ones
 * with one planted error whose REJECT findings are written by hand. Numbers of the seeds, read by hand from
 * parser-service/src/test/resources/corpus/seeds: 000 新收 2 in 自然人 but （七）0 (A1, the seed's real error);
 * 001 (60号) 新收 48, （一）48 with 社会公益组织 and 其他 blank, 表四 1,0,10,1,12; 002 新收 20, 上年结转 1, （一）16,
 * （四）1. 5, （七）21; 003 all 0; 004 新收 2, 上年结转 1, （三）5. 1, （四）1. 2, （七）3, 表四 复议 0,1,0,0,1.
 */
public final class SeedVariants {

    static final String SEED_000 = SeedCorpus.SEEDS.get(0);
    static final String SEED_001 = SeedCorpus.SEEDS.get(1);
    static final String SEED_002 = SeedCorpus.SEEDS.get(2);
    static final String SEED_003 = SeedCorpus.SEEDS.get(3);
    static final String SEED_004 = SeedCorpus.SEEDS.get(4);

    /** Fixed, so a failure names the same variant on every run. */
    private static final long RANDOM_SEED = 20261204L;
    private static final int DRAWN_PER_SEED = 2;

    private static final String T3 = "三";
    private static final String T4 = "四";
    private static final String ROW_NEW = "一、本年新收政府信息公开申请数量";
    private static final String ROW_CARRIED_OVER = "二、上年结转政府信息公开申请数量";
    private static final String ROW_DISCLOSED = "（一）予以公开";
    private static final String ROW_NOT_HELD = "（四）无法提供 1.本机关不掌握相关政府信息";
    private static final String ROW_TOTAL = "（七）总计";

    private SeedVariants() {
    }

    public static String seedText(String seed) {
        return new String(SeedCorpus.load(seed, "seeds:txt").content(), StandardCharsets.UTF_8);
    }

    /** Seeds 001–004 unchanged: sound reports (000 is the real rejected one, SeedOutcomesTest covers it). */
    public static List<Variant> seeds() {
        return SeedCorpus.SEEDS.subList(1, SeedCorpus.SEEDS.size()).stream()
                .map(seed -> Variant.sound("as published", seed, seedText(seed))).toList();
    }

    /** Sound variants: eight by hand, then two drawn per seed (000 included: drawing replaces its wrong numbers). */
    public static List<Variant> consistent() {
        List<Variant> variants = new ArrayList<>();
        variants.add(sound("000 repaired: the 2 new applications handled", SEED_000, n -> n
                .withRow(ApplicationRow.DISCLOSED, 1, 0, 0, 0, 0, 0, 1)
                .withRow(ApplicationRow.UNAVAILABLE_NOT_HELD, 1, 0, 0, 0, 0, 0, 1)
                .withRow(ApplicationRow.TOTAL, 2, 0, 0, 0, 0, 0, 2)));
        variants.add(sound("applications from five kinds of applicant", SEED_002, SeedVariants::spreadOverApplicants));
        // 60号: （六）其他处理 is one row; the seed's two blank cells in （一） stay blank.
        variants.add(sound("60号 table with carried-forward applications, blanks kept", SEED_001, n -> n
                .withRow(ApplicationRow.NEW_RECEIVED, 50, 0, 0, 0, 0, 0, 50)
                .with(ApplicationRow.DISCLOSED, NATURAL_PERSON, 45).with(ApplicationRow.DISCLOSED, TOTAL, 45)
                .withRow(ApplicationRow.OTHER_HANDLING_V60, 2, 0, 0, 0, 0, 0, 2)
                .withRow(ApplicationRow.TOTAL, 47, 0, 0, 0, 0, 0, 47)
                .withRow(ApplicationRow.CARRIED_TO_NEXT_YEAR, 3, 0, 0, 0, 0, 0, 3)));
        // The parser strips a unit written in the cell: "5件" is the count 5, not an N1 error.
        variants.add(sound("unit written in the cells", SEED_002, n -> n
                .with(ApplicationRow.UNAVAILABLE_NOT_HELD, NATURAL_PERSON, "5件")
                .with(ApplicationRow.UNAVAILABLE_NOT_HELD, TOTAL, "5件")));
        variants.add(sound("cases in every group of table 四", SEED_004, n -> n
                .withGroup(LITIGATION_WITHOUT_REVIEW, 1, 0, 1, 1, 3)
                .withGroup(LITIGATION_AFTER_REVIEW, 0, 1, 0, 0, 1)));
        variants.add(sound("thousands of applications", SEED_003, n -> n
                .withRow(ApplicationRow.NEW_RECEIVED, 1203, 310, 12, 45, 88, 20, 1678)
                .withRow(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, 17, 3, 0, 0, 1, 0, 21)
                .withRow(ApplicationRow.DISCLOSED, 800, 200, 10, 30, 60, 15, 1115)
                .withRow(ApplicationRow.PARTLY_DISCLOSED, 150, 40, 1, 5, 10, 2, 208)
                .withRow(ApplicationRow.UNAVAILABLE_NOT_HELD, 200, 50, 1, 8, 15, 3, 277)
                .withRow(ApplicationRow.NOT_HANDLED_REPEATED, 30, 10, 0, 2, 2, 0, 44)
                .withRow(ApplicationRow.TOTAL, 1180, 300, 12, 45, 87, 20, 1644)
                .withRow(ApplicationRow.CARRIED_TO_NEXT_YEAR, 40, 13, 0, 0, 2, 0, 55)));
        // Blank cells read as 0 (N2 warns): a table that leaves every "nothing" cell empty still adds up.
        variants.add(sound("every zero cell of tables 三 and 四 left blank", SEED_004, n -> n
                .withZeroApplicationsBlank().withZeroCasesBlank()));
        // No cases, all 15 cells blank: the table is there and reads as 0. (Today the parser finds no data row without
        // a number and S3 rejects the report as missing table 四: a false REJECT this variant is here to catch.)
        variants.add(sound("table 四 left blank, no cases", SEED_002, SeedNumbers::withZeroCasesBlank));
        Random random = new Random(RANDOM_SEED);
        for (String seed : SeedCorpus.SEEDS) {
            for (int i = 1; i <= DRAWN_PER_SEED; i++) {
                variants.add(sound("drawn #" + i, seed, n -> ConsistentNumbers.draw(n, random)));
            }
        }
        return variants;
    }

    /**
     * One planted error each. A single wrong cell breaks two relations (its row's A3 and its column's A1 or A2), so
     * most plants also change a second cell to keep the other relation: the agency's arithmetic was right except
     * for the planted mistake. Where a single typo is planted, both findings are expected and the reason is given.
     */
    public static List<Variant> inconsistent() {
        List<Variant> variants = new ArrayList<>();
        // 上年结转 1 → 2 in 自然人 and its row's 总计: 20 + 2 ≠ 21 + 0 in both columns.
        variants.add(planted("A1: one application too many carried over", SEED_002, n -> n
                        .with(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, NATURAL_PERSON, 2)
                        .with(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, TOTAL, 2),
                a1("自然人"), a1("总计")));
        // 新收 1 in 商业企业 (row 总计 1), never handled nor carried forward: 1 + 0 ≠ 0 + 0.
        variants.add(planted("A1: a company's application neither handled nor carried forward", SEED_003, n -> n
                        .with(ApplicationRow.NEW_RECEIVED, COMMERCIAL_ENTERPRISE, 1)
                        .with(ApplicationRow.NEW_RECEIVED, TOTAL, 1),
                a1("商业企业"), a1("总计")));
        // On the hand-written five-applicant variant: 结转下年 法律服务机构 1 (row 总计 1 → 2): 2 + 0 ≠ 2 + 1.
        variants.add(planted("A1: a law firm's application carried forward twice", SEED_002, n -> spreadOverApplicants(n)
                        .with(ApplicationRow.CARRIED_TO_NEXT_YEAR, LEGAL_SERVICE_INSTITUTION, 1)
                        .with(ApplicationRow.CARRIED_TO_NEXT_YEAR, TOTAL, 2),
                a1("法律服务机构"), a1("总计")));
        // （二）部分公开 0 → 1 with its row 总计: the outcomes add up to 22 against （七）21.
        variants.add(planted("A2: one application counted under two outcomes", SEED_002, n -> n
                        .with(ApplicationRow.PARTLY_DISCLOSED, NATURAL_PERSON, 1)
                        .with(ApplicationRow.PARTLY_DISCLOSED, TOTAL, 1),
                a2("自然人"), a2("总计")));
        // （三）5. 1 → 0 with its row 总计: the outcomes add up to 2 against （七）3.
        variants.add(planted("A2: one outcome left out", SEED_004, n -> n
                        .with(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, NATURAL_PERSON, 0)
                        .with(ApplicationRow.WITHHELD_INTERNAL_AFFAIRS, TOTAL, 0),
                a2("自然人"), a2("总计")));
        // 60号 single （六）其他处理 row 0 → 1 (and 合计): 49 against （七）48.
        variants.add(planted("A2: 60号 other-handling row counted on top", SEED_001, n -> n
                        .with(ApplicationRow.OTHER_HANDLING_V60, NATURAL_PERSON, 1)
                        .with(ApplicationRow.OTHER_HANDLING_V60, TOTAL, 1),
                a2("自然人"), a2("总计")));
        // 总计 of 一 20 → 21 and of 二 1 → 0: the 总计 column still balances (21 + 0 = 21 + 0), both rows do not.
        variants.add(planted("A3: one application moved between two row totals", SEED_002, n -> n
                        .with(ApplicationRow.NEW_RECEIVED, TOTAL, 21)
                        .with(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, TOTAL, 0),
                a3(ROW_NEW), a3(ROW_CARRIED_OVER)));
        // A single typo: 总计 of （四）1. 5 → 6. Its row (A3: 6 vs 5) and the 总计 column's outcomes (A2: 22 vs 21)
        // both follow from the one cell.
        variants.add(planted("A3 and A2: typo in one row total", SEED_002, n -> n
                        .with(ApplicationRow.UNAVAILABLE_NOT_HELD, TOTAL, 6),
                a3(ROW_NOT_HELD), a2("总计")));
        // A single typo: 新收 自然人 20 → 19. Its row (A3: 总计 20 vs 19) and its column (A1: 19 + 1 ≠ 21 + 0).
        variants.add(planted("A1 and A3: typo in one applicant cell", SEED_002, n -> n
                        .with(ApplicationRow.NEW_RECEIVED, NATURAL_PERSON, 19),
                a1("自然人"), a3(ROW_NEW)));
        // 行政复议 1 + 0 + 10 + 1 = 12, written 13.
        variants.add(planted("A4: review total one too high", SEED_001, n -> n
                        .with(ADMINISTRATIVE_REVIEW, CaseOutcome.TOTAL, 13),
                a4("行政复议")));
        // 未经复议直接起诉: 结果维持 1 but 总计 stays 0.
        variants.add(planted("A4: direct lawsuit missing from its total", SEED_004, n -> n
                        .with(LITIGATION_WITHOUT_REVIEW, UPHELD, 1),
                a4("行政诉讼 未经复议直接起诉")));
        // 复议后起诉: four outcomes 0, 总计 2.
        variants.add(planted("A4: lawsuits after review with no outcome", SEED_002, n -> n
                        .with(LITIGATION_AFTER_REVIEW, CaseOutcome.TOTAL, 2),
                a4("行政诉讼 复议后起诉")));
        // A negative count has no value, so A1 (column 自然人) and A3 (row 二) skip it: only N1 names it.
        variants.add(planted("N1: negative count", SEED_002, n -> n
                        .with(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, NATURAL_PERSON, "-1"),
                new ExpectedFinding("N1", T3, ROW_CARRIED_OVER, "自然人")));
        // Words instead of a number: A2 (column 商业企业) and A3 (row （一）) skip the cell. (Today the parser takes
        // "若干" for the row's label, drops the row and S4 says （一） is missing, instead of N1 naming the cell.)
        variants.add(planted("N1: words instead of a count", SEED_003, n -> n
                        .with(ApplicationRow.DISCLOSED, COMMERCIAL_ENTERPRISE, "若干"),
                new ExpectedFinding("N1", T3, ROW_DISCLOSED, "商业企业")));
        // Cases are whole: 1.5 has no value as a count, so A4 skips 行政复议.
        variants.add(planted("N1: fraction of a case", SEED_004, n -> n
                        .with(ADMINISTRATIVE_REVIEW, CORRECTED, "1.5"),
                new ExpectedFinding("N1", T4, "行政复议", "结果纠正")));
        return variants;
    }

    private static SeedNumbers spreadOverApplicants(SeedNumbers n) {
        return n.withRow(ApplicationRow.NEW_RECEIVED, 14, 3, 0, 1, 2, 0, 20)
                .withRow(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, 1, 0, 0, 0, 0, 0, 1)
                .withRow(ApplicationRow.DISCLOSED, 9, 2, 0, 1, 0, 0, 12)
                .withRow(ApplicationRow.PARTLY_DISCLOSED, 1, 0, 0, 0, 1, 0, 2)
                .withRow(ApplicationRow.WITHHELD_THIRD_PARTY, 1, 0, 0, 0, 0, 0, 1)
                .withRow(ApplicationRow.UNAVAILABLE_NOT_HELD, 3, 0, 0, 0, 0, 0, 3)
                .withRow(ApplicationRow.NOT_HANDLED_REPEATED, 0, 1, 0, 0, 0, 0, 1)
                .withRow(ApplicationRow.OTHER_OTHER, 0, 0, 0, 0, 1, 0, 1)
                .withRow(ApplicationRow.TOTAL, 14, 3, 0, 1, 2, 0, 20)
                .withRow(ApplicationRow.CARRIED_TO_NEXT_YEAR, 1, 0, 0, 0, 0, 0, 1);
    }

    private static Variant sound(String name, String seed, UnaryOperator<SeedNumbers> change) {
        return Variant.sound(name, seed, rewrite(seed, change));
    }

    private static Variant planted(String name, String seed, UnaryOperator<SeedNumbers> change,
            ExpectedFinding... rejections) {
        return Variant.planted(name, seed, rewrite(seed, change), rejections);
    }

    private static String rewrite(String seed, UnaryOperator<SeedNumbers> change) {
        SeedText text = SeedText.of(seedText(seed));
        return text.with(change.apply(text.numbers()));
    }

    /** A1 names the column only: the relation spans four rows. */
    private static ExpectedFinding a1(String column) {
        return new ExpectedFinding("A1", T3, null, column);
    }

    /** A2 names （七）总计 and the column. */
    private static ExpectedFinding a2(String column) {
        return new ExpectedFinding("A2", T3, ROW_TOTAL, column);
    }

    /** A3 names the row and its 总计 cell. */
    private static ExpectedFinding a3(String row) {
        return new ExpectedFinding("A3", T3, row, "总计");
    }

    /** A4 names the group and its 总计 cell. */
    private static ExpectedFinding a4(String group) {
        return new ExpectedFinding("A4", T4, group, "总计");
    }
}
