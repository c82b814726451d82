package dev.berth.internal.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that a pid is a timed-out exec's own before Berth signals it, from /proc text recorded on real machines;
 * needs no engine.
 */
@NoEngine
class ExecProcessProofTest {

    static final String ID = "7fd571415d10dfbb43d29082e432d433367c35c04b513d8154e96890ea22a4e6";
    static final String OTHER_ID = "175925fff69c1cf4c02135149ff42cabc23853cf161def9fb1da2e32814cd645";

    /** An exec's sleep in a docker container, cgroup v1 (Debian, docker 20.10, cgroupfs driver). */
    static final String V1_DOCKER = """
            9:name=systemd:/docker/%1$s
            8:pids:/docker/%1$s
            4:memory:/docker/%1$s
            1:cpu:/docker/%1$s
            0::/docker/%1$s
            """.formatted(ID);

    /** Recorded with the exec's sleep above: pid 6507, started 18367 ticks after boot. */
    static final String STAT = "6507 (sleep) S 6441 6507 6507 0 -1 4194560 811 0 0 0 1 1 0 0 20 0 1 0 18367 2322432 316"
            + " 18446744073709551615 4198400 5785993 140724859340560 0 0 0 0 0 0 1 0 0 17 1 0 0 0 0 0 6141704 6178576\n";

    @Nested
    class NamesContainer {

        @Test
        void cgroupV1Docker() {
            assertThat(ExecProcessProof.namesContainer(V1_DOCKER, ID)).isTrue();
        }

        @Test
        void cgroupV2DockerWithTheSystemdDriver() {
            assertThat(ExecProcessProof.namesContainer("0::/system.slice/docker-" + ID + ".scope\n", ID)).isTrue();
        }

        @Test
        void podmanOnCgroupV2AndV1() {
            assertThat(ExecProcessProof.namesContainer("0::/machine.slice/libpod-" + ID + ".scope/container\n", ID)).isTrue();
            assertThat(ExecProcessProof.namesContainer("3:memory:/libpod_parent/libpod-" + ID + "\n", ID)).isTrue();
        }

        @Test
        void aHostProcessDoesNot() {
            assertThat(ExecProcessProof.namesContainer("0::/user.slice/user-1000.slice/session-2.scope\n", ID)).isFalse();
            assertThat(ExecProcessProof.namesContainer("4:memory:/process_api/08dbb26e62eaa7e04e52d51de616e5b0\n0::/\n", ID))
                    .isFalse();
        }

        @Test
        void anotherContainerOrAShortIdDoesNot() {
            assertThat(ExecProcessProof.namesContainer(V1_DOCKER.replace(ID, OTHER_ID), ID)).isFalse();
            assertThat(ExecProcessProof.namesContainer("0::/system.slice/docker-" + ID.substring(0, 12) + ".scope\n", ID)).isFalse();
            assertThat(ExecProcessProof.namesContainer("0::/docker/" + ID + "x\n", ID)).isFalse();
        }

        @Test
        void theIdInTheControllerFieldDoesNot() {
            assertThat(ExecProcessProof.namesContainer("4:" + ID + ":/\n", ID)).isFalse();
        }
    }

    @Nested
    class Times {

        @Test
        void startTimeIsField22() {
            assertThat(ExecProcessProof.startTicks(STAT)).isEqualTo(18367);
        }

        @Test
        void startTimeIsCountedAfterACommandWithSpacesAndParentheses() {
            String stat = "42 (a) b (c) S 1 42 42 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 777 0 0\n";
            assertThat(ExecProcessProof.startTicks(stat)).isEqualTo(777);
        }

        @Test
        void uptimeInTicksRoundsDown() {
            assertThat(ExecProcessProof.uptimeTicks("185.01 276.83\n")).isEqualTo(18501);
            assertThat(ExecProcessProof.uptimeTicks("3.999 1.00\n")).isEqualTo(399);
        }
    }

    @Nested
    class WhyNotProven {

        @TempDir
        Path proc;

        private ExecProcessProof proofAt(String uptime) throws IOException {
            Files.writeString(proc.resolve("uptime"), uptime);
            return ExecProcessProof.startingNow(proc, ID);
        }

        private void process(long pid, String cgroup, String stat) throws IOException {
            Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
            Files.writeString(dir.resolve("cgroup"), cgroup);
            Files.writeString(dir.resolve("stat"), stat);
        }

        @Test
        void provenWhenInTheContainerAndStartedSinceTheExecWasCreated() throws IOException {
            ExecProcessProof proof = proofAt("183.67 270.00\n");
            process(6507, V1_DOCKER, STAT);
            assertThat(proof.whyNotProven(6507)).isEmpty();
        }

        @Test
        void notWhenItsCgroupNamesAnotherContainer() throws IOException {
            ExecProcessProof proof = proofAt("180.00 270.00\n");
            process(6507, V1_DOCKER.replace(ID, OTHER_ID), STAT);
            assertThat(proof.whyNotProven(6507)).contains(proc.resolve("6507/cgroup") + " does not name container " + ID);
        }

        @Test
        void notWhenItStartedBeforeTheExecWasCreated() throws IOException {
            ExecProcessProof proof = proofAt("183.68 270.00\n");
            process(6507, V1_DOCKER, STAT);
            assertThat(proof.whyNotProven(6507)).contains("its start time (18367 ticks after boot, from " + proc.resolve("6507/stat")
                    + ") is earlier than the exec's creation (18368)");
        }

        @Test
        void notWhenThereIsNoSuchProcessHere() throws IOException {
            ExecProcessProof proof = proofAt("180.00 270.00\n");
            assertThat(proof.whyNotProven(6507)).contains("there is no readable " + proc.resolve("6507") + " on this machine");
        }

        @Test
        void notWhenThereIsNoProc() {
            ExecProcessProof proof = ExecProcessProof.startingNow(proc.resolve("missing"), ID);
            assertThat(proof.whyNotProven(6507))
                    .contains(proc.resolve("missing/uptime") + " could not be read on this machine, so no start time can be compared");
        }
    }
}
