package org.reportintake.load.variants;

import java.util.Random;

import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.CaseGroup;
import org.reportintake.model.report.CaseOutcome;

/**
 * Random numbers for tables 三 and 四 that satisfy A1–A4 by construction: per applicant column the outcomes are drawn
 * first (sparse, as real reports are), （七）总计 is their sum (A2), 上年结转 and 结转下年 are drawn small and 新收 is
 * what balances the column (A1, never negative); every 总计 cell is its row's sum (A3); each table-四 group's 总计 is
 * the sum of its four outcomes (A4).
 */
public final class ConsistentNumbers {

    private ConsistentNumbers() {
    }

    public static SeedNumbers draw(SeedNumbers layout, Random random) {
        SeedNumbers numbers = layout;
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (column == ApplicantColumn.TOTAL) {
                continue;
            }
            // 自然人 always has applications; a legal-person column does about half the time.
            boolean active = column == ApplicantColumn.NATURAL_PERSON || random.nextBoolean();
            int total = 0;
            for (ApplicationRow row : layout.rows()) {
                if (row.group() == ApplicationRow.Group.OUTCOME) {
                    int value = active && random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 0;
                    numbers = numbers.with(row, column, value);
                    total += value;
                }
            }
            int carriedForward = active ? random.nextInt(3) : 0;
            int carriedOver = random.nextInt(Math.min(2, total + carriedForward) + 1);
            numbers = numbers.with(ApplicationRow.TOTAL, column, total)
                    .with(ApplicationRow.CARRIED_TO_NEXT_YEAR, column, carriedForward)
                    .with(ApplicationRow.CARRIED_FROM_PREVIOUS_YEAR, column, carriedOver)
                    .with(ApplicationRow.NEW_RECEIVED, column, total + carriedForward - carriedOver);
        }
        for (ApplicationRow row : layout.rows()) {
            int sum = 0;
            for (ApplicantColumn column : ApplicantColumn.values()) {
                if (column != ApplicantColumn.TOTAL) {
                    sum += numbers.value(row, column);
                }
            }
            numbers = numbers.with(row, ApplicantColumn.TOTAL, sum);
        }
        for (CaseGroup group : CaseGroup.values()) {
            int sum = 0;
            for (CaseOutcome outcome : CaseOutcome.values()) {
                if (outcome != CaseOutcome.TOTAL) {
                    int value = random.nextInt(3) == 0 ? random.nextInt(4) : 0;
                    numbers = numbers.with(group, outcome, value);
                    sum += value;
                }
            }
            numbers = numbers.with(group, CaseOutcome.TOTAL, sum);
        }
        return numbers;
    }
}
