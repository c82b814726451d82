package dev.berth.samples.checks;

import static dev.berth.assertions.BerthAssertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.ExecAssert;
import dev.berth.ExecResult;
import dev.berth.WithContainer;
import dev.berth.assertions.BerthSoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Sample 6: declarative checks around a test, and soft assertions that report every failed check at once.
 * The precondition runs before the test body; the postconditions after it succeeded.
 */
@WithContainer(name = "app", image = "busybox:stable", command = {"sleep", "300"})
class ExecChecksTest {

    @Test
    @ExecAssert(command = {"test", "!", "-e", "/etc/app.conf"}, phase = ExecAssert.Phase.BEFORE_TEST)
    @ExecAssert(command = {"cat", "/etc/app.conf"}, stdoutContains = "mode=test")
    @ExecAssert(command = {"sh", "-c", "wc -l < /etc/app.conf"}, stdoutMatches = "^\\s*2\\s*$")
    void writesItsConfiguration(ContainerHandle app) {
        app.putFile("/etc/app.conf", "mode=test\nlevel=debug\n");
    }

    @Test
    void checksSeveralThingsSoftly(ContainerHandle app) {
        ExecResult uname = app.exec("uname", "-s");
        ExecResult id = app.exec("id", "-u");

        BerthSoftAssertions.assertSoftly(softly -> {
            softly.assertThat(uname).succeeded().hasStdout("Linux");
            softly.assertThat(id).succeeded().stdout().isEqualTo("0\n");
            softly.assertThat(app).isRunning().file("/tmp").isDirectory();
        });
        assertThat(app).hasLabel("dev.berth.managed", "true");
    }
}
