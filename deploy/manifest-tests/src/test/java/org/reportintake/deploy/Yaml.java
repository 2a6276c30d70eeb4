package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;

/** Loading YAML documents and walking them with readable failures. */
final class Yaml {

    private Yaml() {
    }

    /** Every non-empty document of a (multi-document) YAML file, each a fresh mutable tree. */
    static List<Map<String, Object>> loadAll(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(options);
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object doc : yaml.loadAll(reader)) {
                if (doc != null) {
                    docs.add(asMap(doc, file.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static Map<String, Object> loadOne(Path file) {
        List<Map<String, Object>> docs = loadAll(file);
        if (docs.size() != 1) {
            throw new AssertionError(file + ": expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object o, String what) {
        assertNotNull(o, what + " is missing");
        assertInstanceOf(Map.class, o, what + " is not a mapping");
        return (Map<String, Object>) o;
    }

    static Map<String, Object> map(Map<String, Object> parent, String key, String what) {
        return asMap(parent.get(key), what + "." + key);
    }

    /** The mapping under key, or an empty one when absent. */
    static Map<String, Object> optMap(Map<String, Object> parent, String key, String what) {
        Object o = parent.get(key);
        return o == null ? Map.of() : asMap(o, what + "." + key);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key, String what) {
        Object o = parent.get(key);
        if (o == null) {
            return List.of();
        }
        assertInstanceOf(List.class, o, what + "." + key + " is not a list");
        return (List<Object>) o;
    }

    static List<Map<String, Object>> maps(Map<String, Object> parent, String key, String what) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Object> items = list(parent, key, what);
        for (int i = 0; i < items.size(); i++) {
            out.add(asMap(items.get(i), what + "." + key + "[" + i + "]"));
        }
        return out;
    }

    /** A scalar as text (YAML numbers and booleans included), or null when absent. */
    static String str(Map<String, Object> parent, String key) {
        Object o = parent.get(key);
        return o == null ? null : o.toString();
    }
}
