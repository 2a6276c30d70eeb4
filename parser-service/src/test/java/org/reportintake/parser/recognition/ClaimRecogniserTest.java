package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.ClaimKind;
import org.reportintake.model.report.NarrativeClaim;
import org.reportintake.model.report.SectionKind;

class ClaimRecogniserTest {

    private final ClaimRecogniser recogniser = new ClaimRecogniser();

    private Map<ClaimKind, Integer> claims(String text) {
        List<NarrativeClaim> found = recogniser.recognise(List.of(new ClaimRecogniser.Located(text, SectionKind.GENERAL)));
        Map<ClaimKind, Integer> byKind = new TreeMap<>();
        for (NarrativeClaim claim : found) {
            byKind.putIfAbsent(claim.kind(), claim.value().intValueExact());
        }
        return byKind;
    }

    @Test
    void readsApplicationCountsStatedInTheNarrative() {
        assertEquals(Map.of(
                        ClaimKind.APPLICATIONS_RECEIVED, 36,
                        ClaimKind.APPLICATIONS_NEW, 34,
                        ClaimKind.APPLICATIONS_CARRIED_FROM_PREVIOUS_YEAR, 2),
                claims("2023年共收到政府信息公开申请36件（其中新收34件，上年结转2件）。"));
        assertEquals(Map.of(ClaimKind.APPLICATIONS_HANDLED, 35, ClaimKind.APPLICATIONS_DISCLOSED, 20),
                claims("全年共办结35件，其中予以公开20件。"));
        assertEquals(Map.of(ClaimKind.APPLICATIONS_CARRIED_TO_NEXT_YEAR, 1), claims("结转下年度继续办理1件。"));
    }

    @Test
    void readsReviewsLawsuitsAndNormativeDocuments() {
        assertEquals(Map.of(ClaimKind.ADMINISTRATIVE_REVIEWS, 2, ClaimKind.LAWSUITS, 1),
                claims("本年度发生政府信息公开行政复议案件2件、行政诉讼案件1件。"));
        assertEquals(Map.of(
                        ClaimKind.NORMATIVE_DOCUMENTS_ISSUED, 5,
                        ClaimKind.NORMATIVE_DOCUMENTS_REPEALED, 3,
                        ClaimKind.NORMATIVE_DOCUMENTS_IN_FORCE, 40),
                claims("制发行政规范性文件5件，废止3件，现行有效规范性文件40件。"));
    }

    @Test
    void keepsTheSentenceVerbatim() {
        String sentence = "2023年，区政府办共收到政府信息公开申请2件，上年度结转申请1件，共办理3件。";
        List<NarrativeClaim> found = recogniser.recognise(List.of(new ClaimRecogniser.Located(sentence, null)));
        assertEquals(3, found.size());
        found.forEach(claim -> assertEquals(sentence, claim.sentence()));
    }
}
