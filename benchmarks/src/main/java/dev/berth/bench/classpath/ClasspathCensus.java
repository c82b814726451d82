package dev.berth.bench.classpath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which jars of this JVM's classpath each library brings, found through the {@link DependencyTree} captured at
 * build time: for the classpath size of each library and the classpath of each contender's child JVM.
 */
public final class ClasspathCensus {

    /** Testcontainers' coordinates. */
    public static final String TESTCONTAINERS = "org.testcontainers:testcontainers";

    /** Berth's coordinates. */
    public static final String BERTH = "dev.berth:berth-extension";

    private static final String TREE = "/dev/berth/bench/dependency-tree.txt";

    private final DependencyTree tree;
    private final Map<String, Path> jarsByName = new HashMap<>();

    private ClasspathCensus(DependencyTree tree, String classPath) {
        this.tree = tree;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (p.getFileName() != null) {
                jarsByName.putIfAbsent(p.getFileName().toString(), p);
            }
        }
    }

    /** @return the census of this JVM's classpath */
    public static ClasspathCensus ofThisJvm() {
        try (InputStream in = ClasspathCensus.class.getResourceAsStream(TREE)) {
            if (in == null) {
                throw new IllegalStateException(TREE + " is missing: build the module with mvn package");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList();
            return new ClasspathCensus(DependencyTree.parse(lines), System.getProperty("java.class.path"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the jars {@code library} brings (itself included), as found on this JVM's classpath */
    public List<Path> jarsOf(String library) {
        List<Path> jars = new ArrayList<>();
        for (String key : tree.closureOf(library)) {
            String name = tree.fileName(key);
            if (name != null && jarsByName.containsKey(name)) {
                jars.add(jarsByName.get(name));
            }
        }
        return jars;
    }

    /** @return the version {@code library} resolved to */
    public String version(String library) {
        return tree.version(library);
    }

    /** @return how many jars {@code library} brings and their size; absent when it is not on the classpath */
    public Footprint footprint(String library) {
        List<Path> jars = jarsOf(library);
        long bytes = 0;
        for (Path jar : jars) {
            try {
                bytes += Files.isRegularFile(jar) ? Files.size(jar) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Footprint(jars.size(), bytes);
    }

    /** @return the jar or directory this benchmark's own classes come from */
    public static Path benchmarkCode() {
        try {
            return Path.of(ClasspathCensus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A library's runtime classpath.
     *
     * @param jars the number of jars
     * @param bytes their total size
     */
    public record Footprint(int jars, long bytes) {

        /** @return e.g. {@code 13 jars, 7.4 MiB} */
        @Override
        public String toString() {
            return jars == 0 ? "absent" : String.format("%d jars, %.1f MiB", jars, bytes / 1048576.0);
        }
    }
}
