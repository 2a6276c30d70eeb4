package org.reportintake.load;

/**
 * One document of a load run, with the verdict its construction implies (never computed by the validator).
 *
 * @param kind   SEED (a seed as it is), VARIANT (a seed changed so every rule still holds) or BROKEN (a seed with
 *               one application-table total changed, so A1 must fail)
 * @param format file extension: txt, docx, doc, pdf, html
 */
public record LoadDocument(int index, String kind, String format, String fileName, String agencyId, byte[] content,
        String expectedVerdict) {

    public boolean expectsRejection() {
        return "REJECTED".equals(expectedVerdict);
    }
}
