package org.reportintake.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The hostile documents, generated (seeded randomness, so every run sends the same bytes). Each carries the parser
 * failure codes or rule ids that name its problem; small files are in memory, the very large one is streamed to disk.
 */
final class HostileFiles {

    /**
     * One hostile upload.
     *
     * @param problemWords the deciding finding's rule id or message must contain one of these (empty: any reject)
     */
    record Hostile(String name, byte[] content, Path file, Set<String> problemWords) {
        long size() throws IOException {
            return file == null ? content.length : Files.size(file);
        }
    }

    private static final Set<String> UNREADABLE = Set.of("UNSUPPORTED_FORMAT", "UNREADABLE_ENCODING", "CORRUPT_FILE",
            "NOT_A_REPORT");
    private static final Set<String> CORRUPT = Set.of("CORRUPT_FILE");

    private final Random random = new Random(20240109L);

    List<Hostile> all(Path workDir) throws IOException {
        byte[] docx = docx("某县人民政府2023年政府信息公开工作年度报告", "一、总体情况", "本年度主动公开政府信息。");
        byte[] textPdf = pdf("Annual report draft", "Invoice 2023-001, total 1,000 yuan");
        byte[] oleDoc = ole2("WordDocument", noise(20_000));
        List<Hostile> files = new ArrayList<>();
        files.add(bytes("empty.txt", new byte[0], "EMPTY_FILE"));
        files.add(bytes("whitespace-only.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII), "EMPTY_FILE"));
        files.add(new Hostile("binary-noise.bin", noise(65_536), null, UNREADABLE));
        files.add(new Hostile("binary-noise-named.pdf", noise(32_768), null, UNREADABLE));
        files.add(new Hostile("binary-noise-named.docx", noise(32_768), null, UNREADABLE));
        files.add(new Hostile("nul-bytes.txt", new byte[10_000], null, UNREADABLE));
        files.add(new Hostile("elf-executable.doc", concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, noise(8_000)), null,
                UNREADABLE));
        files.add(new Hostile("png-image.png", png(), null, Set.of("UNSUPPORTED_FORMAT", "IMAGE_ONLY")));
        files.add(new Hostile("gzip-archive.gz", gzip(IntakeClient.read(Seeds.CONSISTENT)), null, UNREADABLE));
        files.add(new Hostile("rich-text.rtf", "{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 年度报告 \\par}"
                .getBytes(StandardCharsets.UTF_8), null, UNREADABLE));
        files.add(new Hostile("truncated.docx", Arrays.copyOf(docx, docx.length / 2), null, CORRUPT));
        files.add(new Hostile("garbage-document-xml.docx", zip(List.of(contentTypes(),
                entry("word/document.xml", "<w:document><w:body><w:p>未闭合".getBytes(StandardCharsets.UTF_8)))),
                null, CORRUPT));
        files.add(new Hostile("zip-header-then-noise.docx", concat(new byte[] {'P', 'K', 3, 4}, noise(16_000)), null,
                CORRUPT));
        files.add(new Hostile("plain-zip-named.docx", zip(List.of(entry("readme.txt",
                "不是 Word 文档".getBytes(StandardCharsets.UTF_8)))), null, UNREADABLE));
        files.add(new Hostile("spreadsheet-named.docx", xlsx(), null, UNREADABLE));
        files.add(new Hostile("zip-bomb.docx", zipBomb(256L * 1024 * 1024), null, Set.of("DECOMPRESSION_BOMB")));
        files.add(new Hostile("xxe-external-entity.docx", docxWithDocumentXml("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                + "<w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"), null,
                Set.of("EXTERNAL_ENTITY", "CORRUPT_FILE")));
        files.add(new Hostile("xxe-billion-laughs.docx", docxWithDocumentXml(billionLaughs()), null,
                Set.of("EXTERNAL_ENTITY", "DECOMPRESSION_BOMB", "CORRUPT_FILE")));
        files.add(new Hostile("empty-body.docx", docx(), null, Set.of("NOT_A_REPORT", "EMPTY_FILE")));
        files.add(new Hostile("meeting-notice.docx", docx("关于召开2024年安全生产工作会议的通知", "各乡镇、各部门：",
                "定于2024年1月10日上午9时在县政府三楼会议室召开全县安全生产工作会议。", "请准时参加。"), null,
                Set.of("NOT_A_REPORT")));
        files.add(new Hostile("truncated.doc", Arrays.copyOf(oleDoc, oleDoc.length / 3), null, CORRUPT));
        files.add(new Hostile("garbage-word-stream.doc", oleDoc, null, CORRUPT));
        files.add(new Hostile("ole2-without-word-stream.doc", ole2("Workbook", noise(4_096)), null, UNREADABLE));
        files.add(new Hostile("encrypted.pdf", encryptedPdf(), null, Set.of("ENCRYPTED")));
        files.add(new Hostile("image-only.pdf", imageOnlyPdf(), null, Set.of("IMAGE_ONLY")));
        files.add(new Hostile("blank-pages.pdf", pdf(), null, Set.of("IMAGE_ONLY", "NOT_A_REPORT", "EMPTY_FILE")));
        files.add(new Hostile("truncated.pdf", Arrays.copyOf(textPdf, textPdf.length / 2), null, CORRUPT));
        files.add(new Hostile("pdf-header-then-noise.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                noise(20_000)), null, CORRUPT));
        files.add(new Hostile("polyglot-pdf-header-then-docx.pdf", concat("%PDF-1.7\n%âãÏÓ\n"
                .getBytes(StandardCharsets.ISO_8859_1), docx), null, UNREADABLE));
        files.add(new Hostile("english-invoice.pdf", textPdf, null, Set.of("NOT_A_REPORT")));
        files.add(new Hostile("scripts.html", ("<html><head><script>alert(document.cookie)</script></head>"
                + "<body onload=\"fetch('http://203.0.113.1/x')\"><script src=\"http://203.0.113.1/a.js\"></script>"
                + "<p>政府信息公开</p><img src=x onerror=alert(1)></body></html>").getBytes(StandardCharsets.UTF_8),
                null, Set.of("NOT_A_REPORT")));
        files.add(new Hostile("deeply-nested.html", ("<html><body>" + "<div>".repeat(50_000) + "政府信息公开"
                + "</div>".repeat(50_000) + "</body></html>").getBytes(StandardCharsets.UTF_8), null,
                Set.of("NOT_A_REPORT", "CORRUPT_FILE")));
        files.add(new Hostile("gbk-labelled-utf8.txt", new String(IntakeClient.read(Seeds.WRONG_TOTAL), StandardCharsets.UTF_8)
                .getBytes(Charset.forName("GBK")), null, Set.of("A1", "UNREADABLE_ENCODING")));
        files.add(new Hostile("legacy-2017.txt", legacyReport().getBytes(StandardCharsets.UTF_8), null,
                Set.of("LEGACY_FORMAT")));
        byte[] consistent = IntakeClient.read(Seeds.CONSISTENT);
        files.add(new Hostile("report-cut-before-table-three.txt", cutBefore(consistent, "三、收到和处理"), null, Set.of()));
        files.add(new Hostile("large-200mb.pdf", null, largeFile(workDir.resolve("large-200mb.pdf"), 200L * 1024 * 1024),
                Set.of("TOO_LARGE")));
        return files;
    }

    private static Hostile bytes(String name, byte[] content, String word) {
        return new Hostile(name, content, null, Set.of(word));
    }

    private byte[] noise(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static byte[] cutBefore(byte[] text, String marker) {
        String s = new String(text, StandardCharsets.UTF_8);
        return s.substring(0, s.indexOf(marker)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("统计表").createRow(0).createCell(0).setCellValue("本年新收");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] ole2(String streamName, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(content), streamName);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private record Entry(String name, byte[] content) {
    }

    private static Entry entry(String name, byte[] content) {
        return new Entry(name, content);
    }

    private static Entry contentTypes() {
        return entry("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Entry rels() {
        return entry("_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] docxWithDocumentXml(String documentXml) throws IOException {
        return zip(List.of(contentTypes(), rels(), entry("word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8))));
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd + "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>";
    }

    /** A docx whose document.xml inflates to {@code unpacked} bytes of a repeated paragraph (deflate ~1000:1). */
    private static byte[] zipBomb(long unpacked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : List.of(contentTypes(), rels())) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (long written = 0; written < unpacked; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Pages with the given lines in Helvetica, or blank pages when there are none. */
    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            document.addPage(new PDPage());
            if (lines.length > 0) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -16);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A scanned report: one page that is a picture of text, no text layer. */
    static byte[] imageOnlyPdf() throws IOException {
        BufferedImage scan = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 760; y += 24) {
            g.fillRect(40, y, 520, 8); // lines of "text" as a scanner sees them
        }
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, scan);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, 612, 792);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A pre-2019 report: the old chapters and the 统计表 with 历年累计, none of the three national tables. */
    private static String legacyReport() {
        return String.join("\n", "某县人民政府2017年政府信息公开工作年度报告", "",
                "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，特向社会公布2017年度本县政府信息公开年度报告。",
                "一、概述", "2017年，我县认真贯彻落实《条例》，政府信息公开工作有序推进。",
                "二、主动公开政府信息情况", "全年主动公开政府信息1234条。",
                "三、依申请公开政府信息情况", "全年受理政府信息公开申请12件，均已按时答复。",
                "四、政府信息公开的收费及减免情况", "未收取任何费用。",
                "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "无。",
                "六、存在的主要问题及改进措施", "公开内容还不够全面。", "",
                "附表：政府信息公开情况统计表", "\t指标名称\t单位\t本年\t历年累计",
                "\t主动公开政府信息数\t条\t1234\t9876", "\t受理政府信息公开申请数\t件\t12\t88", "");
    }

    /** Streams {@code size} bytes to disk (a PDF header, then noise in 1 MB blocks): never held in memory. */
    private Path largeFile(Path path, long size) throws IOException {
        Files.createDirectories(path.getParent());
        if (Files.isRegularFile(path) && Files.size(path) == size) {
            return path;
        }
        byte[] block = noise(1 << 20);
        try (OutputStream out = Files.newOutputStream(path)) {
            byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            out.write(header);
            long written = header.length;
            while (written < size) {
                int n = (int) Math.min(block.length, size - written);
                out.write(block, 0, n);
                written += n;
            }
        }
        return path;
    }
}
