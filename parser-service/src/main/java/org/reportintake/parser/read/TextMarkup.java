package org.reportintake.parser.read;

/**
 * Markdown markup that converters wrap around report text: "## 三、收到和处理政府信息公开申请情况" headings and
 * "**…**" bold. Only the markup goes; the words stay, so a heading is read as the paragraph it was.
 */
final class TextMarkup {

    private TextMarkup() {
    }

    /** A stripped text line without its heading hashes ("# ", "### ", closing "##") and bold markers. */
    static String withoutMarkup(String stripped) {
        String text = stripped;
        if (!text.isEmpty() && text.charAt(0) == '#') {
            int hashes = 0;
            while (hashes < text.length() && text.charAt(hashes) == '#') {
                hashes++;
            }
            // "#1" or "#######" is not a heading; "## 标题" is (CommonMark wants a space after one to six hashes).
            if (hashes <= 6 && (hashes == text.length() || text.charAt(hashes) == ' ' || text.charAt(hashes) == '\u3000')) {
                text = text.substring(hashes).strip();
                int end = text.length();
                while (end > 0 && text.charAt(end - 1) == '#') {
                    end--;
                }
                if (end < text.length() && (end == 0 || text.charAt(end - 1) == ' ')) {
                    text = text.substring(0, end).strip();
                }
            }
        }
        return withoutInlineMarkup(text).strip();
    }

    /** Text without "**" bold markers, with HTML line breaks ("<br>", "<br/>") as line breaks. */
    static String withoutInlineMarkup(String text) {
        if (text.indexOf("**") >= 0) {
            text = text.replace("**", "");
        }
        if (text.indexOf('<') >= 0) {
            text = text.replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n");
        }
        return text;
    }
}
