package org.reportintake.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.TemplateVersion;

/** The file name is only a hint: the format comes from the bytes. */
class FormatDetectionTest {

    private final ReportParser parser = new ReportParser(ParserLimits.defaults());

    @Test
    void readsDocxEvenWhenNamedAsPdf() throws IOException {
        ParseOutcome outcome = parser.parse(HostileFixtures.resource("/corpus/docx/003_d26b553f0e382d29.docx"), "report.pdf");
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        assertEquals(TemplateVersion.V30, outcome.report().metadata().templateVersion());
    }

    @Test
    void readsWord97FileSavedWithWpsExtension() throws IOException {
        ParseOutcome outcome = parser.parse(HostileFixtures.resource("/corpus/doc/001_10344cc63f2c5b68.doc"), "报告.wps");
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        assertEquals(TemplateVersion.V60, outcome.report().metadata().templateVersion());
    }

    @Test
    void readsSeedTextEncodedInGb18030() throws IOException {
        String text = new String(HostileFixtures.resource("/corpus/seeds/004_09d7efa84834ab25.txt"), StandardCharsets.UTF_8);
        ParseOutcome outcome = parser.parse(text.getBytes(Charset.forName("GB18030")), "report.txt");
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
        assertEquals("大通区人民政府办公室2023年政府信息公开工作年度报告", outcome.report().metadata().title());
        assertEquals(25, outcome.report().applications().rows().size());
    }

    @Test
    void readsPdfWithoutAnyFileName() throws IOException {
        ParseOutcome outcome = parser.parse(HostileFixtures.resource("/corpus/pdf/002_caa70d9250cb3ad4.pdf"), null);
        assertTrue(outcome.succeeded(), () -> String.valueOf(outcome.failure()));
    }
}
