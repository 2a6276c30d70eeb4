package org.reportintake.intake.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsChineseNamesAndDropsPathsAndMarkup() {
        assertEquals("2023年年度报告.docx", FileNames.sanitise("C:\\Users\\clerk\\2023年年度报告.docx"));
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("_b_x_b_.pdf", FileNames.sanitise("<b>x<b>.pdf"));
        assertEquals("script_.pdf", FileNames.sanitise("<script>alert(1)</script>.pdf"), "the last path segment, markup removed");
        assertEquals("a__b.txt", FileNames.sanitise("a\r\nb.txt"));
    }

    @Test
    void blankOrHiddenNamesBecomeAPlainName() {
        assertEquals("report", FileNames.sanitise(null));
        assertEquals("report", FileNames.sanitise("   "));
        assertEquals("bashrc", FileNames.sanitise(".bashrc"));
    }
}
