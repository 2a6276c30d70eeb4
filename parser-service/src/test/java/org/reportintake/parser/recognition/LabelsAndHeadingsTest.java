package org.reportintake.parser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.DisclosureRow;
import org.reportintake.model.report.SectionKind;

class LabelsAndHeadingsTest {

    @Test
    void normalisesLineBreaksSpacesBracketsAndQuotesInsideLabels() {
        assertEquals("商业企业", Labels.normalise("商业\n企业"));
        assertEquals("自然人", Labels.normalise("自\n\n然\n\n人"));
        assertEquals("规章", Labels.normalise("规    章"));
        assertEquals("(一)予以公开", Labels.normalise("（一）予以公开"));
        assertEquals("3.危及三安全一稳定", Labels.normalise("3.危及“三安全一稳定”"));
    }

    @Test
    void mapsLabelVariantsToCanonicalRows() {
        assertEquals(DisclosureRow.NORMATIVE_DOCUMENTS, DisclosureTableRecogniser.row(Labels.normalise("规范性文件")));
        assertEquals(ApplicationRow.NOT_HANDLED_PETITION, ApplicationTableRecogniser.row("1.信访投诉举报类申请", null));
        assertEquals(ApplicationRow.TOTAL, ApplicationTableRecogniser.row("（七）合计", null));
        assertEquals(ApplicationRow.PARTLY_DISCLOSED,
                ApplicationTableRecogniser.row("（二）部分公开（区分处理的，只记这一情形，不记其他情形）", null));
        assertEquals(ApplicationRow.OTHER_OTHER, ApplicationTableRecogniser.row("（六）其他处理 3.其他", null));
        assertEquals(ApplicationRow.OTHER_HANDLING_V60, ApplicationTableRecogniser.row("（六）其他处理", null));
    }

    @Test
    void findsSectionHeadingsByTheirWordsWhateverTheNumbering() {
        assertEquals(SectionKind.GENERAL, SectionRecogniser.kindOf("总体情况"));
        assertEquals(SectionKind.REVIEW_AND_LITIGATION, SectionRecogniser.kindOf("4、 政府信息公开行政复议、行政诉讼情况"));
        assertEquals(SectionKind.REVIEW_AND_LITIGATION, SectionRecogniser.kindOf("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"));
        assertEquals(SectionKind.REVIEW_AND_LITIGATION, SectionRecogniser.kindOf("四、政府信息公开行政法复议、行政诉讼情况"));
        assertEquals(SectionKind.PROBLEMS_AND_IMPROVEMENTS, SectionRecogniser.kindOf("五、存在的主要问题及整改措施"));
        assertEquals(SectionKind.OTHER_MATTERS, SectionRecogniser.kindOf("六、其他需要报告事项"));
        assertEquals(SectionKind.ACTIVE_DISCLOSURE, SectionRecogniser.kindOf("二、行政机关主动公开政府信息情况"));
        assertNull(SectionRecogniser.kindOf("（2） 依申请公开"));
        assertNull(SectionRecogniser.kindOf("（一）主动公开"));
        assertNull(SectionRecogniser.kindOf("（一）主动公开政府信息情况"), "a sub-item of 一 is not section 二");
        assertNull(SectionRecogniser.kindOf("(三)存在的主要问题及改进情况"));
        assertEquals(SectionKind.ACTIVE_DISCLOSURE, SectionRecogniser.kindOf("（2）主动公开政府信息情况"));
        assertEquals(SectionKind.PROBLEMS_AND_IMPROVEMENTS, SectionRecogniser.kindOf("（五）存在的主要问题及改进情况"));
    }
}
