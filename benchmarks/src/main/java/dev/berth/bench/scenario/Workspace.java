package dev.berth.bench.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/** A temporary host directory for the copy scenarios, with the 10 MiB file to copy in; deleted on close. */
public final class Workspace implements AutoCloseable {

    /** The size of the copied files. */
    public static final int COPY_SIZE = 10 << 20;

    private final Path dir;
    private Path input;

    public Workspace() throws IOException {
        this.dir = Files.createTempDirectory("berth-bench-");
    }

    /** @return a 10 MiB file of random bytes, made on first use */
    public synchronized Path input() throws IOException {
        if (input == null) {
            input = dir.resolve("in.bin");
            byte[] block = new byte[1 << 20];
            Random random = new Random(5);
            try (OutputStream out = Files.newOutputStream(input)) {
                for (int written = 0; written < COPY_SIZE; written += block.length) {
                    random.nextBytes(block);
                    out.write(block);
                }
            }
        }
        return input;
    }

    /** @return a path in the workspace that does not exist yet */
    public Path fresh(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
