package dev.berth.bench.contender;

import java.util.List;

/**
 * One way of driving the engine, as a test suite would: raw HTTP, Berth or Testcontainers. Every container it makes
 * runs {@link Fixture#IMAGE}; its methods block until the container is in the state they name. Implementations
 * need a public no-argument constructor ({@link Contenders} loads them by class name).
 */
public interface Contender extends AutoCloseable {

    /** @return a short name for tables, e.g. {@code raw} */
    String name();

    /** Creates and starts a container; returns when it runs. */
    Box start(String... command) throws Exception;

    /** Creates and starts a container; returns when it has exited. */
    Box runToExit(String... command) throws Exception;

    /** Starts {@code count} containers at once; returns when all run. */
    List<Box> startInParallel(int count, String... command) throws Exception;

    /** Releases what the contender holds (thread pools, clients); containers are closed by their boxes. */
    @Override
    default void close() {
    }
}
