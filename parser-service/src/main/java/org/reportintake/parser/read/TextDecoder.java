package org.reportintake.parser.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.reportintake.model.event.ParseFailureCode;
import org.reportintake.parser.failure.ParseProblem;

/**
 * Decodes Chinese text bytes. UTF-8 is tried strictly first; the GBK family (GB2312, GBK, GB18030) is decoded
 * with GB18030, its superset, because GB2312 labels are routinely used for GBK content.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Decodes with a declared charset if it is usable, otherwise by detection. */
    public String decode(byte[] content, String declaredCharset) {
        Optional<Charset> declared = resolve(declaredCharset);
        if (declared.isPresent()) {
            Optional<String> text = strict(content, declared.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return decode(content);
    }

    /** Decodes by detection: BOM, then strict UTF-8, then strict GB18030. */
    public String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return strict(content, StandardCharsets.UTF_8).map(s -> s.substring(1))
                    .orElseThrow(TextDecoder::unreadable);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return strict(content, StandardCharsets.UTF_16LE).map(s -> s.substring(1)).orElseThrow(TextDecoder::unreadable);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return strict(content, StandardCharsets.UTF_16BE).map(s -> s.substring(1)).orElseThrow(TextDecoder::unreadable);
        }
        return strict(content, StandardCharsets.UTF_8)
                .or(() -> strict(content, GB18030))
                .orElseThrow(TextDecoder::unreadable);
    }

    /** True when the bytes decode cleanly as UTF-8 or GB18030 and look like text (few control characters). */
    public boolean looksLikeText(byte[] content) {
        String text;
        try {
            text = decode(content);
        } catch (ParseProblem e) {
            return false;
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        return controls * 100 <= Math.max(1, text.length());
    }

    private static Optional<Charset> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb18030") || n.equals("x-gbk") || n.equals("cp936")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] content, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The String constructor is much faster than a CharsetDecoder and replaces every malformed sequence
            // with U+FFFD; without U+FFFD in its result the input was valid and the strict decoder would give
            // the same text. Only text holding U+FFFD needs the strict decoder to tell which case it is.
            String text = new String(content, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(content)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static ParseProblem unreadable() {
        return new ParseProblem(ParseFailureCode.UNREADABLE_ENCODING, "neither UTF-8 nor GB18030");
    }
}
