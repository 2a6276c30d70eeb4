package org.reportintake.intake.portal;

import java.util.ArrayList;
import java.util.List;

import org.reportintake.intake.api.FindingView;
import org.reportintake.intake.api.SubmissionView;
import org.reportintake.model.event.Severity;

import io.quarkus.qute.TemplateData;

/**
 * A submission's findings as the status page presents them: what the supervising office will review apart from what
 * the agency may correct.
 *
 * @param shown     every finding as shown (grids and lists)
 * @param toReview  findings the office will check (待复核); never presented as the agency's error
 * @param toCorrect the other findings
 */
@TemplateData
public record FindingSections(List<FindingView> shown, List<PortalResource.FindingItem> toReview,
        List<PortalResource.FindingItem> toCorrect) {

    private static final String REVIEW = Severity.REVIEW.name();
    private static final String REJECT = Severity.REJECT.name();

    public static FindingSections of(SubmissionView submission) {
        boolean underReview = "NEEDS_REVIEW".equals(submission.status());
        List<FindingView> shown = new ArrayList<>();
        List<PortalResource.FindingItem> toReview = new ArrayList<>();
        List<PortalResource.FindingItem> toCorrect = new ArrayList<>();
        for (FindingView f : submission.findings()) {
            // Under NEEDS_REVIEW a REJECT is not confirmed (REVIEW wins over REJECT because the finding may come from
            // our misreading): the office decides, so the agency is not told to correct it.
            FindingView s = underReview && REJECT.equals(f.severity()) ? asReview(f) : f;
            shown.add(s);
            PortalResource.FindingItem item = new PortalResource.FindingItem(s, PortalText.severity(s.severity()));
            (REVIEW.equals(s.severity()) ? toReview : toCorrect).add(item);
        }
        return new FindingSections(shown, toReview, toCorrect);
    }

    /** Without its fix-it hint: telling the agency how to correct what may not be wrong is what must not happen. */
    private static FindingView asReview(FindingView f) {
        return new FindingView(f.ruleId(), REVIEW, f.messageZh(), f.messageEn(), f.location(), f.reported(), f.computed(),
                f.difference(), null, null);
    }
}
