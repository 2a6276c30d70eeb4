package org.reportintake.parser.read;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The document's resource cache, except that fonts stay cached for the whole document. PDFBox's text
 * extraction drops a page's fonts from the cache when it finishes the page (up to three times per font), so
 * the next page's rulings pass parsed the same embedded fonts again; parsing fonts was a third of reading a
 * PDF. Fonts are still held by soft references, as in the default cache, so memory pressure can free them.
 */
final class PageSharedFontCache extends DefaultResourceCache {

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }
}
