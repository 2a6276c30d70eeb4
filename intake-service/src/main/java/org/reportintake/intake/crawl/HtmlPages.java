package org.reportintake.intake.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Decodes fetched HTML: header charset, then the page's meta charset, then strict UTF-8, then GB18030. */
final class HtmlPages {

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_\\-]+)");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private HtmlPages() {
    }

    static Document parse(FetchResult page) {
        String html = decode(page.body(), page.headerCharset());
        return Jsoup.parse(html, page.finalUri().toString());
    }

    static String decode(byte[] bytes, Charset headerCharset) {
        Charset charset = headerCharset;
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (RuntimeException e) {
                    charset = null;
                }
            }
        }
        if (charset != null) {
            return new String(bytes, widen(charset));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Undeclared and not UTF-8: on these sites it is nearly always GBK.
            return new String(bytes, GB18030);
        }
    }

    /** GB2312 and GBK pages often hold characters only GB18030 decodes; it is a superset of both. */
    private static Charset widen(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        if (name.equals("gbk") || name.equals("gb2312") || name.equals("x-gbk") || name.equals("euc-cn")) {
            return GB18030;
        }
        return charset;
    }
}
