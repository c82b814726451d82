package dev.berth.bench.classpath;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module's dependency tree as {@code mvn dependency:tree -Dverbose} writes it at build time, as a graph over
 * {@code groupId:artifactId}: what each artifact brings, and the file name each resolved artifact has. An artifact
 * that Maven omitted under one dependency (a duplicate, or a conflict's loser) is expanded where it was kept, so a
 * dependency's closure is what it gets on the classpath, whichever dependency was declared first.
 */
public final class DependencyTree {

    private final Map<String, Set<String>> children = new HashMap<>();
    private final Map<String, String> fileNames = new HashMap<>();

    private DependencyTree() {
    }

    /** Parses the text format of {@code dependency:tree}; the first line is the module itself. */
    public static DependencyTree parse(List<String> lines) {
        DependencyTree tree = new DependencyTree();
        List<String> parents = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int start = 0;
            while (start < line.length() && "|+\\- ".indexOf(line.charAt(start)) >= 0) {
                start++;
            }
            if (start == line.length()) {
                continue;
            }
            boolean omitted = line.charAt(start) == '(';
            String[] c = line.substring(omitted ? start + 1 : start).split(" ", 2)[0].split(":");
            if (c.length < 5) {
                continue;
            }
            String key = c[0] + ":" + c[1];
            int depth = start / 3;
            while (parents.size() >= depth) {
                parents.remove(parents.size() - 1);
            }
            String parent = parents.isEmpty() ? "" : parents.get(parents.size() - 1);
            tree.children.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(key);
            parents.add(key);
            if (!omitted && !c[2].equals("pom")) {
                String version = c[c.length - 2];
                String classifier = c.length == 6 ? "-" + c[3] : "";
                tree.fileNames.put(key, c[1] + "-" + version + classifier + "." + c[2]);
            }
        }
        return tree;
    }

    /** @return {@code groupId:artifactId} of the artifacts {@code key} brings, itself first; empty if unknown */
    public List<String> closureOf(String key) {
        Set<String> seen = new LinkedHashSet<>();
        if (!children.getOrDefault("", Set.of()).contains(key)) {
            return new ArrayList<>();
        }
        Deque<String> todo = new ArrayDeque<>(List.of(key));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (seen.add(next)) {
                todo.addAll(children.getOrDefault(next, Set.of()));
            }
        }
        return new ArrayList<>(seen);
    }

    /** @return the file name of a resolved artifact (e.g. {@code jna-5.18.1.jar}), or null for a pom or unknown */
    public String fileName(String key) {
        return fileNames.get(key);
    }

    /** @return the version a dependency resolved to, or "?" */
    public String version(String key) {
        String file = fileNames.get(key);
        String artifact = key.substring(key.indexOf(':') + 1);
        return file == null ? "?" : file.substring(artifact.length() + 1, file.lastIndexOf('.'));
    }
}
