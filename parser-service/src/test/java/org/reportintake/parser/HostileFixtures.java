package org.reportintake.parser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Builds hostile or broken files inside the tests, so no such file has to live in the repository. */
final class HostileFixtures {

    private HostileFixtures() {
    }

    /** The docx encrypted with a password, as Word's "Encrypt with Password" does (agile encryption). */
    static byte[] passwordProtected(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(docx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** The Word 97 document re-saved with a password to open (RC4 CryptoAPI, as Word does). */
    static byte[] passwordProtectedDoc(byte[] doc) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(doc))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A one-page PDF with text that opens only with a user password. */
    static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Annual report 2023");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A scanned-looking PDF: every page is one image and there is no text layer. */
    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 280; y += 10) {
                for (int x = 0; x < 200; x++) {
                    scan.setRGB(x, y, 0xFFFFFF);
                }
            }
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A PDF page with a little text and a grid of {@code lines} drawn hairlines. */
    static byte[] pdfWithManyLines(int lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 800);
                content.showText("This is not an annual report, only a page full of lines.");
                content.endText();
                content.setLineWidth(0.1f);
                for (int i = 0; i < lines; i++) {
                    float y = 50 + (i % 700);
                    float x = 50 + (i / 700) % 450;
                    content.moveTo(x, y);
                    content.lineTo(x + (i % 2 == 0 ? 40 : 0), y + (i % 2 == 0 ? 0 : 40));
                }
                content.stroke();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A docx-shaped zip whose document.xml inflates from a few kilobytes to {@code unpacked} bytes of zeros. */
    static byte[] zipBomb(long unpacked) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < unpacked; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A copy of the docx whose document.xml is replaced. */
    static byte[] withDocumentXml(byte[] docx, String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    out.write(documentXml.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = HostileFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
