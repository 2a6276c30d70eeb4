package org.reportintake.intake.submission;

import java.text.Normalizer;

/** Makes a client-supplied file name safe to store, show and log. */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** Keeps the last path segment, drops control and markup characters, bounds the length. */
    public static String sanitise(String name) {
        if (name == null || name.isBlank()) {
            return "report";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || "<>:\"|?*&;`$".indexOf(cp) >= 0) {
                out.append('_');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isBlank()) {
            return "report";
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(cleaned.length() - MAX_LENGTH) : cleaned;
    }
}
