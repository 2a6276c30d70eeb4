package org.reportintake.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportintake.model.report.AnnualReport;
import org.reportintake.model.report.ApplicantColumn;
import org.reportintake.model.report.ApplicationRow;
import org.reportintake.model.report.ApplicationTable;
import org.reportintake.model.report.Cell;
import org.reportintake.model.report.CellKind;
import org.reportintake.model.report.FormatNotice;
import org.reportintake.model.report.ReportMetadata;
import org.reportintake.model.report.TemplateVersion;

class EventCodecTest {

    private static final ReportSubmitted SUBMITTED = new ReportSubmitted("s-1", "agency-1", SubmissionSource.PORTAL,
            "报告.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1234,
            "ab".repeat(32), new StoredFileRef("submissions", "65f0"), false, null, LocalDate.of(2024, 1, 11),
            Instant.parse("2024-01-12T08:00:00Z"));

    @Test
    void parsedEventSurvivesTheWireWithBlankCellsKeptBlank() {
        Cell blank = new Cell("三", ApplicationRow.DISCLOSED.label(), ApplicantColumn.NATURAL_PERSON.label(), "", CellKind.BLANK, null);
        Cell two = new Cell("三", ApplicationRow.NEW_RECEIVED.label(), ApplicantColumn.NATURAL_PERSON.label(), "2", CellKind.INTEGER, BigDecimal.valueOf(2));
        AnnualReport report = new AnnualReport(
                new ReportMetadata("高安市2023年政府信息公开工作年度报告", "高安市", null, null, 2023, null,
                        FormatNotice.GUOBAN_2021_30, TemplateVersion.V30, null, null, null, null),
                List.of(), null,
                new ApplicationTable(List.of(
                        new ApplicationTable.ApplicationCell(ApplicationRow.NEW_RECEIVED, ApplicantColumn.NATURAL_PERSON, two),
                        new ApplicationTable.ApplicationCell(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON, blank))),
                null, List.of());
        ReportParsed parsed = ReportParsed.success(SUBMITTED, report, Instant.parse("2024-01-12T08:00:01Z"));

        String json = EventCodec.toJson(parsed);
        ReportParsed back = EventCodec.fromJson(json, ReportParsed.class);

        assertEquals(parsed, back);
        assertTrue(json.contains("\"publishedOn\":\"2024-01-11\""), json);
        assertEquals(CellKind.BLANK, back.report().applications().cell(ApplicationRow.DISCLOSED, ApplicantColumn.NATURAL_PERSON).orElseThrow().kind());
    }

    @Test
    void validatedEventKeepsFindingValues() {
        Finding finding = new Finding("A1", Severity.REJECT, "自然人列不平衡", "column does not add up",
                new FindingLocation("三", "三", null, "自然人"), BigDecimal.valueOf(2), BigDecimal.ZERO,
                BigDecimal.valueOf(2), "核对", "check");
        ReportValidated validated = new ReportValidated(SUBMITTED, Verdict.REJECTED, List.of(finding),
                new ReportHeadline("t", "高安市", 2023, TemplateVersion.V30, null), Instant.EPOCH);

        assertEquals(validated, EventCodec.fromJson(EventCodec.toJson(validated), ReportValidated.class));
    }

    @Test
    void rejectsPayloadThatIsNotAnEvent() {
        assertThrows(EventCodec.MalformedEventException.class, () -> EventCodec.fromJson("{not json", ReportSubmitted.class));
        assertThrows(EventCodec.MalformedEventException.class, () -> EventCodec.fromJson("", ReportSubmitted.class));
    }
}
