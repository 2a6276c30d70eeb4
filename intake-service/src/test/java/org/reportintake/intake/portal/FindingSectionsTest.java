package org.reportintake.intake.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.intake.api.FindingView;
import org.reportintake.intake.api.SubmissionView;

class FindingSectionsTest {

    @Test
    void underNeedsReviewARejectIsShownAsToBeReviewedNotAsAnErrorToCorrect() {
        FindingSections sections = FindingSections.of(submission("NEEDS_REVIEW",
                List.of(finding("P9", "REVIEW"), finding("A1", "REJECT"), finding("B3", "WARN"))));

        assertEquals(List.of("P9", "A1"), sections.toReview().stream().map(i -> i.finding().ruleId()).toList());
        assertEquals(List.of("待复核", "待复核"), sections.toReview().stream().map(PortalResource.FindingItem::severityZh).toList());
        assertEquals(List.of("B3"), sections.toCorrect().stream().map(i -> i.finding().ruleId()).toList());
        assertEquals(List.of("REVIEW", "REVIEW", "WARN"), sections.shown().stream().map(FindingView::severity).toList());
    }

    @Test
    void aRejectedReportKeepsItsRejectsToCorrectAndItsReviewItemsApart() {
        FindingSections sections = FindingSections.of(submission("REJECTED",
                List.of(finding("A1", "REJECT"), finding("P9", "REVIEW"))));

        assertEquals(List.of("A1"), sections.toCorrect().stream().map(i -> i.finding().ruleId()).toList());
        assertEquals("必须修改", sections.toCorrect().get(0).severityZh());
        assertEquals(List.of("P9"), sections.toReview().stream().map(i -> i.finding().ruleId()).toList());
        assertEquals(List.of("REJECT", "REVIEW"), sections.shown().stream().map(FindingView::severity).toList());
    }

    private static SubmissionView submission(String status, List<FindingView> findings) {
        return new SubmissionView("s1", "a1", status, "label", status, "r.txt", "text/plain", 1, "0", "PORTAL", false,
                Instant.EPOCH, Instant.EPOCH, findings);
    }

    private static FindingView finding(String rule, String severity) {
        return new FindingView(rule, severity, "消息", "message", null, null, null, null, "提示", "hint");
    }
}
