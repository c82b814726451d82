package dev.berth.bench.contender;

import java.io.IOException;
import java.nio.file.Path;

/** A container made by a {@link Contender}, driven through that contender's own API. Closing removes it. */
public interface Box extends AutoCloseable {

    /** Runs a command to its end; fails unless it exits 0. @return its stdout as UTF-8 */
    String exec(String... command) throws Exception;

    /** @return stdout and stderr so far */
    String logs() throws Exception;

    /** Copies a host file into the container as {@code containerPath}. */
    void copyIn(Path hostFile, String containerPath) throws Exception;

    /** Copies the container file {@code containerPath} to the host file {@code hostFile}. */
    void copyOut(String containerPath, Path hostFile) throws Exception;

    /** Stops and removes the container. */
    @Override
    void close() throws IOException;
}
