package org.reportintake.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportintake.parser.FailureAssertions.assertFailure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportintake.model.event.ParseFailure;
import org.reportintake.model.event.ParseFailureCode;

/** Every kind of bad input comes back as a failure with a stable code and an actionable message, never a throw. */
class ParseFailureTest {

    private static final String DOCX = "/corpus/docx/004_09d7efa84834ab25.docx";
    private static final String PDF = "/corpus/pdf/004_09d7efa84834ab25.pdf";

    private final ReportParser parser = new ReportParser(ParserLimits.defaults());

    @Test
    void rejectsEmptyFileWithActionableReason() {
        assertFailure(parser.parse(new byte[0], "report.docx"), ParseFailureCode.EMPTY_FILE);
    }

    @Test
    void rejectsMissingContentWithActionableReason() {
        assertFailure(parser.parse(null, "report.docx"), ParseFailureCode.FILE_MISSING);
    }

    @Test
    void rejectsTruncatedDocxAsCorrupt() throws IOException {
        byte[] docx = HostileFixtures.resource(DOCX);
        assertFailure(parser.parse(Arrays.copyOf(docx, docx.length / 2), "report.docx"), ParseFailureCode.CORRUPT_FILE);
    }

    @Test
    void rejectsDocxCutOffBeforeItsDocumentPartAsCorruptNotAsAnotherFormat() throws IOException {
        byte[] docx = HostileFixtures.resource(DOCX);
        int documentEntry = new String(docx, StandardCharsets.ISO_8859_1).indexOf("word/document.xml") - 30;
        assertTrue(documentEntry > 0, "the fixture's document part has a local header");

        assertFailure(parser.parse(Arrays.copyOf(docx, documentEntry), "report.docx"), ParseFailureCode.CORRUPT_FILE);
    }

    @Test
    void rejectsCorruptPdfWithActionableReason() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer garbage".getBytes(StandardCharsets.US_ASCII);
        assertFailure(parser.parse(pdf, "report.pdf"), ParseFailureCode.CORRUPT_FILE);
    }

    @Test
    void rejectsPasswordProtectedDocxWithActionableReason() throws Exception {
        byte[] encrypted = HostileFixtures.passwordProtected(HostileFixtures.resource(DOCX));
        assertFailure(parser.parse(encrypted, "report.docx"), ParseFailureCode.ENCRYPTED);
    }

    @Test
    void rejectsPasswordProtectedDocWithActionableReason() throws IOException {
        byte[] encrypted = HostileFixtures.passwordProtectedDoc(HostileFixtures.resource("/corpus/doc/004_09d7efa84834ab25.doc"));
        assertFailure(parser.parse(encrypted, "report.doc"), ParseFailureCode.ENCRYPTED);
    }

    @Test
    void rejectsEncryptedPdfWithActionableReason() throws IOException {
        assertFailure(parser.parse(HostileFixtures.encryptedPdf(), "report.pdf"), ParseFailureCode.ENCRYPTED);
    }

    @Test
    void rejectsImageOnlyPdfAskingForATextLayer() throws IOException {
        ParseFailure failure = assertFailure(parser.parse(HostileFixtures.imageOnlyPdf(), "scan.pdf"),
                ParseFailureCode.IMAGE_ONLY);
        assertEquals(true, failure.messageZh().contains("请上传带文字层的PDF或Word原件"), failure.messageZh());
    }

    @Test
    void rejectsTextThatIsNotAnAnnualReport() {
        String notice = "关于召开2024年第一季度安全生产工作会议的通知\n各单位：\n定于2024年3月5日上午9时在三楼会议室召开会议，请准时参加。\n";
        assertFailure(parser.parse(notice.getBytes(StandardCharsets.UTF_8), "notice.txt"), ParseFailureCode.NOT_A_REPORT);
    }

    @Test
    void rejectsLegacyPre2019ReportWithItsStatisticsTable() {
        String legacy = """
                某县人民政府办公室2017年政府信息公开工作年度报告
                一、概述
                2017年，我办认真贯彻落实《中华人民共和国政府信息公开条例》，政府信息公开工作稳步推进。
                二、主动公开政府信息情况
                全年主动公开政府信息1200条。
                三、依申请公开政府信息情况
                全年受理政府信息公开申请5件。
                四、政府信息公开的收费及减免情况
                未收取任何费用。
                五、因政府信息公开申请行政复议、提起行政诉讼的情况
                无。
                六、政府信息公开情况统计表
                \t指标名称
                \t计量单位
                \t本年度
                \t历年累计

                \t一、主动公开情况
                \t条
                \t1200
                \t15000


                """;
        assertFailure(parser.parse(legacy.getBytes(StandardCharsets.UTF_8), "2017.txt"), ParseFailureCode.LEGACY_FORMAT);
    }

    @Test
    void rejectsFileOverTheSizeLimit() throws IOException {
        ReportParser small = new ReportParser(new ParserLimits(1_000, 200, Duration.ofSeconds(30), 1L << 28));
        ParseFailure failure = assertFailure(small.parse(HostileFixtures.resource(DOCX), "report.docx"),
                ParseFailureCode.TOO_LARGE);
        assertTrue(failure.messageZh().contains("1000 bytes") && failure.messageEn().contains("1000 bytes"),
                "the clerk is told the limit: " + failure);
    }

    @Test
    void rejectsPdfOverThePageLimit() throws IOException {
        ReportParser fewPages = new ReportParser(new ParserLimits(1L << 26, 2, Duration.ofSeconds(30), 1L << 28));
        ParseFailure failure = assertFailure(fewPages.parse(HostileFixtures.resource(PDF), "report.pdf"),
                ParseFailureCode.TOO_MANY_PAGES);
        assertTrue(failure.messageZh().contains("2页"), failure.messageZh());
    }

    @Test
    void rejectsZipBombBeyondTheUnpackedSizeLimit() throws IOException {
        ReportParser bounded = new ReportParser(new ParserLimits(1L << 26, 200, Duration.ofSeconds(30), 8L << 20));
        byte[] bomb = HostileFixtures.zipBomb(32L << 20);
        assertFailure(bounded.parse(bomb, "report.docx"), ParseFailureCode.DECOMPRESSION_BOMB);
    }

    @Test
    void rejectsZipBombByItsCompressionRatioUnderDefaultLimits() throws IOException {
        byte[] bomb = HostileFixtures.zipBomb(64L << 20);
        assertFailure(parser.parse(bomb, "report.docx"), ParseFailureCode.DECOMPRESSION_BOMB);
    }

    @Test
    void rejectsDocxWithExternalEntityWithoutReadingTheFileOrTheUrl(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String xml = """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <!DOCTYPE w:document [
                      <!ENTITY secret SYSTEM "%s">
                      <!ENTITY remote SYSTEM "http://127.0.0.1:%d/xxe">
                    ]>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:body><w:p><w:r><w:t>&secret;&remote;政府信息公开工作年度报告</w:t></w:r></w:p></w:body></w:document>
                    """.formatted(secret.toUri(), server.getAddress().getPort());
            byte[] docx = HostileFixtures.withDocumentXml(HostileFixtures.resource(DOCX), xml);

            ParseOutcome outcome = parser.parse(docx, "report.docx");

            ParseFailure failure = assertFailure(outcome, ParseFailureCode.EXTERNAL_ENTITY);
            assertEquals(0, requests.get(), "the external URL must never be fetched");
            assertFalse((failure.messageZh() + failure.messageEn()).contains("TOP-SECRET"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void staysBoundedOnPdfWithAnAbsurdNumberOfDrawnLines() throws IOException {
        byte[] pdf = HostileFixtures.pdfWithManyLines(60_000);
        long start = System.nanoTime();

        ParseOutcome outcome = parser.parse(pdf, "lines.pdf");

        assertFailure(outcome, ParseFailureCode.NOT_A_REPORT);
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    @Test
    void givesUpWithTimeoutWhenTheTimeBudgetIsSpent() throws IOException {
        ReportParser impatient = new ReportParser(new ParserLimits(1L << 26, 200, Duration.ofMillis(1), 1L << 28));
        assertFailure(impatient.parse(HostileFixtures.resource(PDF), "report.pdf"), ParseFailureCode.TIMEOUT);
    }

    @Test
    void rejectsUnknownBinaryFormat() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[10] = 0;
        assertFailure(parser.parse(noise, "report.docx"), ParseFailureCode.UNSUPPORTED_FORMAT);
    }

    @Test
    void rejectsOfficeFileThatIsNotAWordDocument() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("统计表").createRow(0).createCell(0).setCellValue("政府信息公开");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            assertFailure(parser.parse(bytes.toByteArray(), "report.doc"), ParseFailureCode.UNSUPPORTED_FORMAT);
        }
    }

    @Test
    void rejectsTextInNeitherUtf8NorGb18030() {
        byte[] latin1 = new byte[] {'a', 'b', (byte) 0x80, (byte) 0x81, (byte) 0xFF, (byte) 0xFE, 'c', (byte) 0x81, '\n'};
        assertFailure(parser.parse(latin1, "report.txt"), ParseFailureCode.UNREADABLE_ENCODING);
    }
}
