package org.reportintake.deploy;

import static org.reportintake.deploy.Yaml.asMap;
import static org.reportintake.deploy.Yaml.list;
import static org.reportintake.deploy.Yaml.maps;
import static org.reportintake.deploy.Yaml.optMap;
import static org.reportintake.deploy.Yaml.str;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset this repository uses, so that the
 * tests check what operators apply even where no kustomize binary is installed. Anything outside that subset fails
 * loudly instead of being ignored: resources (files and directories), namespace, labels, images, and patches that
 * merge mappings (a patch touching a named list such as containers would need kustomize's strategic merge).
 */
final class Kustomize {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images", "patches");

    private Kustomize() {
    }

    /** Every directory under deploy/k8s that holds a kustomization.yaml, relative to the repository root. */
    static List<String> kustomizationDirs() {
        try (Stream<Path> files = Files.walk(Repo.path("deploy/k8s"))) {
            return files.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .map(p -> Repo.ROOT.relativize(p.getParent()).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> render(String dir) {
        return render(Repo.path(dir));
    }

    static List<Map<String, Object>> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> k = Yaml.loadOne(file);
        for (String key : k.keySet()) {
            if (!SUPPORTED.contains(key)) {
                throw new AssertionError(file + ": '" + key + "' is not understood by this test's renderer");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object r : list(k, "resources", file.toString())) {
            Path p = dir.resolve(r.toString()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(render(p));
            } else if (Files.isRegularFile(p)) {
                objects.addAll(Yaml.loadAll(p));
            } else {
                throw new AssertionError(file + ": resource " + r + " does not exist");
            }
        }
        for (Map<String, Object> patch : maps(k, "patches", file.toString())) {
            String path = str(patch, "path");
            if (path == null || patch.size() != 1) {
                throw new AssertionError(file + ": only 'patches: - path: FILE' is supported: " + patch);
            }
            for (Map<String, Object> doc : Yaml.loadAll(dir.resolve(path))) {
                Map<String, Object> target = find(objects, str(doc, "kind"), name(doc));
                merge(target, doc, path + " " + name(doc));
            }
        }
        for (Map<String, Object> labels : maps(k, "labels", file.toString())) {
            Map<String, Object> pairs = optMap(labels, "pairs", file.toString());
            if (labels.keySet().stream().anyMatch(key -> !key.equals("pairs"))) {
                throw new AssertionError(file + ": labels options are not supported: " + labels);
            }
            for (Map<String, Object> o : objects) {
                metadata(o).computeIfAbsent("labels", x -> new LinkedHashMap<String, Object>());
                asMap(metadata(o).get("labels"), "labels").putAll(pairs);
            }
        }
        for (Map<String, Object> image : maps(k, "images", file.toString())) {
            retag(objects, image);
        }
        String namespace = str(k, "namespace");
        if (namespace != null) {
            for (Map<String, Object> o : objects) {
                if (!"Namespace".equals(str(o, "kind"))) {
                    metadata(o).put("namespace", namespace);
                }
            }
        }
        return objects;
    }

    /** Every file a kustomization under deploy/k8s names, as resource or patch (absolute, normalized). */
    static Set<Path> referencedFiles() {
        Set<Path> files = new TreeSet<>();
        for (String d : kustomizationDirs()) {
            Path dir = Repo.path(d);
            Path file = dir.resolve("kustomization.yaml");
            files.add(file);
            Map<String, Object> k = Yaml.loadOne(file);
            for (Object r : list(k, "resources", file.toString())) {
                files.add(dir.resolve(r.toString()).normalize());
            }
            for (Map<String, Object> patch : maps(k, "patches", file.toString())) {
                files.add(dir.resolve(str(patch, "path")).normalize());
            }
        }
        return files;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(str(o, "kind"))).toList();
    }

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        List<Map<String, Object>> found =
                ofKind(objects, kind).stream().filter(o -> name.equals(name(o))).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    static String name(Map<String, Object> o) {
        return str(metadata(o), "name");
    }

    static Map<String, Object> metadata(Map<String, Object> o) {
        return Yaml.map(o, "metadata", String.valueOf(o.get("kind")));
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Map<String, Object> patch, String where) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            Object value = e.getValue();
            Object current = target.get(e.getKey());
            if (value instanceof Map && current instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value, where + "." + e.getKey());
            } else {
                if (value instanceof List<?> l && l.stream().anyMatch(i -> i instanceof Map<?, ?> m
                        && m.containsKey("name") && current != null)) {
                    throw new AssertionError(where + "." + e.getKey()
                            + ": patching a named list needs kustomize's strategic merge");
                }
                target.put(e.getKey(), value);
            }
        }
    }

    private static void retag(List<Map<String, Object>> objects, Map<String, Object> image) {
        String name = str(image, "name");
        for (Map<String, Object> d : ofKind(objects, "Deployment")) {
            for (Map<String, Object> c : Manifests.containers(d)) {
                String current = str(c, "image");
                int colon = current.lastIndexOf(':');
                String repo = colon > current.lastIndexOf('/') ? current.substring(0, colon) : current;
                String tag = colon > current.lastIndexOf('/') ? current.substring(colon + 1) : null;
                if (repo.equals(name)) {
                    String newName = str(image, "newName") != null ? str(image, "newName") : repo;
                    String newTag = str(image, "newTag") != null ? str(image, "newTag") : tag;
                    c.put("image", newTag == null ? newName : newName + ":" + newTag);
                }
            }
        }
    }
}
