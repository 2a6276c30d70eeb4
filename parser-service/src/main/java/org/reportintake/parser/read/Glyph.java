package org.reportintake.parser.read;

/**
 * One extracted character in top-down page coordinates. The vertical position is derived from the baseline
 * and font size, because glyph heights reported for mixed CJK/Latin fonts differ too much to align lines.
 */
record Glyph(String text, float x, float baseline, float width, float fontSize) {

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - fontSize * 0.35f;
    }

    float top() {
        return baseline - fontSize * 0.8f;
    }

    float height() {
        return fontSize;
    }

    float right() {
        return x + width;
    }
}
