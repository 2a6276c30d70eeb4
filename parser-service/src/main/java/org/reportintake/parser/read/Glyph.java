package org.reportintake.parser.read;

/** One extracted character with its box in top-down page coordinates. */
record Glyph(String text, float x, float top, float width, float height, float fontSize) {

    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return top + height / 2;
    }

    float right() {
        return x + width;
    }
}
