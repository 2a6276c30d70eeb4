package org.reportintake.load.variants;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A seed text with new numbers in tables 三 and 四.
 *
 * @param name       what was changed, for the test's display name
 * @param seed       the seed's file stem, e.g. "002_caa70d9250cb3ad4"
 * @param text       the whole text, in the seed layout
 * @param rejections for a planted error, every REJECT finding it must produce (hand-written); empty when sound
 */
public record Variant(String name, String seed, String text, Set<ExpectedFinding> rejections) {

    public Variant {
        rejections = Set.copyOf(rejections);
    }

    public static Variant sound(String name, String seed, String text) {
        return new Variant(name, seed, text, Set.of());
    }

    public static Variant planted(String name, String seed, String text, ExpectedFinding... rejections) {
        return new Variant(name, seed, text, Set.copyOf(List.of(rejections)));
    }

    public boolean sound() {
        return rejections.isEmpty();
    }

    /** The seed's stem plus the variant's name; ".txt" because the parser infers the format from the extension. */
    public String fileName() {
        return seed + "~" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt";
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return seed.substring(0, 3) + " " + name;
    }
}
