package dev.berth.samples.customwait;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.Containers;
import dev.berth.Wait;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Sample: a wait of your own. A database is ready when it answers a query, not when its port is open (the engine
 * publishes the port before the server listens). {@code Wait.until} calls the check until it returns true; an
 * exception means "not ready yet", and the last one is in the failure's message if it never gets ready.
 */
class CustomWaitTest {

    /** A stand-in database: after a second of start-up, it answers "SELECT 1" with "1" on port 5432. */
    private static final String DATABASE = "printf '#!/bin/sh\\nread query\\n[ \"$query\" = \"SELECT 1\" ] && echo 1 || echo ERROR\\n' > /db.sh;"
            + " chmod +x /db.sh; sleep 1; exec nc -ll -p 5432 -e /db.sh";

    /** A JDBC-style check: connect, send a query, read the answer. */
    static boolean answersAQuery(ContainerHandle db) throws IOException {
        try (Socket socket = new Socket(db.host(), db.mappedPort(5432))) {
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("SELECT 1\n".getBytes(UTF_8));
            return "1".equals(new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8)).readLine());
        }
    }

    @Test
    void theDatabaseAnswersBeforeTheTestRuns() throws IOException {
        ContainerSpec database = ContainerSpec.of("busybox:stable")
                .withCommand("sh", "-c", DATABASE)
                .withExposedPorts(5432)
                .withWaitFor(Wait.until("the database to answer SELECT 1", CustomWaitTest::answersAQuery)
                        .withTimeout(Duration.ofSeconds(30)));

        try (ContainerHandle db = Containers.start(database)) {
            assertThat(answersAQuery(db)).isTrue();
        }
    }
}
