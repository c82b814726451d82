package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.docker.EngineUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The {@code berth.*} configuration parameters, and their system-property fallback. */
class ConfigurationTest {

    @Test
    void waitTimeoutFromAConfigurationParameter() {
        BerthTestKit.Run run = run(Map.of(WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME, "600ms"), NeverReadyTestCase.class);

        assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class).hasMessageContaining("never");
        assertThat(run.millis()).as("the default of 60 s did not apply").isLessThan(15_000);
    }

    @Test
    void waitTimeoutFromASystemProperty() {
        System.setProperty(WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME, "600ms");
        BerthTestKit.Run run;
        try {
            run = run(NeverReadyTestCase.class);
        } finally {
            System.clearProperty(WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME);
        }

        assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class);
        assertThat(run.millis()).isLessThan(15_000);
    }

    @WithContainer(name = "never", image = IMAGE, command = {"sleep", "300"}, waitFor = @WaitFor(log = "never"))
    static class NeverReadyTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void pullPolicyFromAConfigurationParameter() {
        BerthTestKit.Run run = run(Map.of(WithContainer.DEFAULT_PULL_POLICY_PROPERTY_NAME, "never"), MissingImageTestCase.class);

        assertThat(run).hasSingleFailedContainer().isExactlyInstanceOf(ContainerStartupException.class)
                .hasMessageContaining("berth.invalid/missing:never");
    }

    /** With NEVER nothing is pulled: the image is missing, and no registry is asked. */
    @WithContainer(name = "missing", image = "berth.invalid/missing:never")
    static class MissingImageTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void dockerHostFromAConfigurationParameter() {
        assertThat(run(Map.of(WithContainer.DOCKER_HOST_PROPERTY_NAME, "unix:///var/run/docker.sock"), ValidTestCase.class))
                .succeeded(1);
    }

    @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"})
    static class ValidTestCase {
        @Test
        void test(ContainerHandle box) {
            assertThat(box.isRunning()).isTrue();
        }
    }

    @Nested
    class Failures {
        @Test
        void dockerHostThatDoesNotAnswer() {
            assertThat(run(Map.of(WithContainer.DOCKER_HOST_PROPERTY_NAME, "unix:///nonexistent/berth.sock"), ValidTestCase.class))
                    .hasSingleFailedContainer().isExactlyInstanceOf(EngineUnavailableException.class)
                    .hasMessageContaining("unix:///nonexistent/berth.sock").hasMessageContaining("Start an engine");
        }

        @Test
        void pullPolicyThatDoesNotExist() {
            assertThat(run(Map.of(WithContainer.DEFAULT_PULL_POLICY_PROPERTY_NAME, "sometimes"), ValidTestCase.class))
                    .hasSingleFailedContainer().isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Configuration parameter [berth.pull.policy] requires one of [IF_MISSING, ALWAYS, NEVER], but it"
                            + " was \"sometimes\": fix it in junit-platform.properties, the build's configuration parameters or"
                            + " the -Dberth.pull.policy system property.");
        }

        @Test
        void containersStartRefusesAnUnusableSystemPropertyBeforeCreatingAnything() {
            System.setProperty(WithContainer.LOG_LINES_PROPERTY_NAME, "-1");
            try {
                assertThatThrownBy(() -> Containers.start(ContainerSpec.of(IMAGE).withCommand("sleep", "300")))
                        .isExactlyInstanceOf(IllegalArgumentException.class)
                        .hasMessage("System property [berth.logs.lines] requires a number of lines >= 0, e.g. 100, but it was"
                                + " \"-1\": fix or remove -Dberth.logs.lines.");
            } finally {
                System.clearProperty(WithContainer.LOG_LINES_PROPERTY_NAME);
            }
        }

        @Test
        void logLinesThatAreNotANumber() {
            assertThat(run(Map.of(WithContainer.LOG_LINES_PROPERTY_NAME, "all"), ValidTestCase.class))
                    .hasSingleFailedContainer().isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Configuration parameter [berth.logs.lines] requires a number of lines >= 0, e.g. 100, but it"
                            + " was \"all\": fix it in junit-platform.properties, the build's configuration parameters or"
                            + " the -Dberth.logs.lines system property.");
        }
    }
}
