package dev.berth.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.berth.ContainerHandle;
import dev.berth.ExecAssert;
import dev.berth.Named;
import dev.berth.WaitFor;
import dev.berth.WithContainer;
import dev.berth.internal.Session;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Misused annotations, run through the Jupiter engine as a user's suite would be: each fails its class or test with
 * {@link ExtensionConfigurationException} or {@link ParameterResolutionException} and a message that states the rule,
 * names the offending declaration and says how to fix it. Declarations that are wrong on their face fail before any
 * container starts (their runs point Berth at an engine that does not exist); the others start theirs and leave
 * nothing behind.
 */
class ExtensionFaultsTest {

    static final String IMAGE = "busybox:stable";
    static final String LABEL = "berth-reliability=extension-faults";
    static final Map<String, String> NO_ENGINE = Map.of(WithContainer.DOCKER_HOST_PROPERTY_NAME, "unix:///nonexistent/berth.sock");
    static final String FIXTURE = "ExtensionFaultsTest.";

    @AfterEach
    void nothingLeft() {
        assertThat(Reliability.docker().containers().list(true, Map.of("label", List.of(LABEL, Session.current().labelFilter()))))
                .as("containers of these fixtures left behind").isEmpty();
    }

    static EngineExecutionResults run(Map<String, String> configuration, Class<?> testCase) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase)).configurationParameters(configuration)
                .configurationParameter(Fixture.PARAMETER, "true").execute();
    }

    static AbstractThrowableAssert<?, ? extends Throwable> classFailure(Map<String, String> configuration, Class<?> testCase) {
        EngineExecutionResults results = run(configuration, testCase);
        results.testEvents().assertStatistics(s -> s.started(0));
        List<Event> failed = results.containerEvents().failed().list();
        assertThat(failed).as("failed containers").hasSize(1);
        return assertThat(failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow());
    }

    static AbstractThrowableAssert<?, ? extends Throwable> testFailure(Class<?> testCase) {
        EngineExecutionResults results = run(Map.of(), testCase);
        List<Event> failed = results.testEvents().failed().list();
        assertThat(failed).as("failed tests").hasSize(1);
        return assertThat(failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow());
    }

    @Test
    void duplicateNames() {
        classFailure(NO_ENGINE, DuplicateNamesTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "DuplicateNamesTestCase] requires a name unique within its"
                        + " scope, but [" + FIXTURE + "DuplicateNamesTestCase] declares \"db\" twice: give one of them another name.");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE)
    @WithContainer(name = "db", image = IMAGE)
    static class DuplicateNamesTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void unknownDependsOn() {
        classFailure(NO_ENGINE, UnknownDependsOnTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"app\") on [" + FIXTURE + "UnknownDependsOnTestCase] requires that dependsOn names a"
                        + " container in scope, but \"queue\" is not one of [db, app].");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE)
    @WithContainer(name = "app", image = IMAGE, dependsOn = {"db", "queue"})
    static class UnknownDependsOnTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void dependsOnCycle() {
        classFailure(NO_ENGINE, CycleTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"app\") on [" + FIXTURE + "CycleTestCase] requires dependsOn without cycles, but"
                        + " app -> db -> app is one: remove one of these dependencies.");
    }

    @Fixture
    @WithContainer(name = "app", image = IMAGE, dependsOn = "db")
    @WithContainer(name = "db", image = IMAGE, dependsOn = "app")
    static class CycleTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void unparsableTimeout() {
        classFailure(NO_ENGINE, TimeoutTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "TimeoutTestCase] has @WaitFor that requires timeout as a"
                        + " positive duration such as \"500ms\", \"30s\", \"2m\" or \"PT30S\", but \"1 minute\" is not one.");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, waitFor = @WaitFor(port = 5432, timeout = "1 minute"))
    static class TimeoutTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void unparsableMemory() {
        classFailure(NO_ENGINE, MemoryTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "MemoryTestCase] requires memory as a positive size with an"
                        + " optional unit b, k, m or g, but \"256 megs\" is not one: write e.g. memory = \"256m\".");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, memory = "256 megs")
    static class MemoryTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void portOutOfRange() {
        classFailure(NO_ENGINE, PortTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"web\") on [" + FIXTURE + "PortTestCase] requires ports in 1..65535, but 0 is not:"
                        + " give the container port the server listens on.");
    }

    @Fixture
    @WithContainer(name = "web", image = IMAGE, ports = {8080, 0})
    static class PortTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void fieldOfTheWrongType() {
        classFailure(NO_ENGINE, FieldTypeTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@WithContainer(name = \"web\") on [" + FIXTURE + "FieldTypeTestCase.web] requires a field of type"
                        + " ContainerHandle, but [web] is of type Object: declare it as ContainerHandle web.");
    }

    @Fixture
    static class FieldTypeTestCase {
        @WithContainer(image = IMAGE)
        static Object web;

        @Test
        void test() {
        }
    }

    @Test
    void namedContainerNotInScope() {
        testFailure(NamedUnknownTestCase.class).isExactlyInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter [ContainerHandle cache] of [" + FIXTURE + "NamedUnknownTestCase#test(ContainerHandle)] asks for"
                        + " container \"cache\", but it is not in scope; the containers in scope are [db]: use one of these names, or"
                        + " declare it with @WithContainer(name = \"cache\").");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    static class NamedUnknownTestCase {
        @Test
        void test(@Named("cache") ContainerHandle cache) {
        }
    }

    @Test
    void unqualifiedParameterWithTwoContainers() {
        testFailure(UnqualifiedTestCase.class).isExactlyInstanceOf(ParameterResolutionException.class)
                .hasMessage("Parameter [ContainerHandle handle] of [" + FIXTURE + "UnqualifiedTestCase#test(ContainerHandle)] is"
                        + " ambiguous: the containers in scope are [db, web]: qualify it with @Named(\"db\"), for example.");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    static class UnqualifiedTestCase {
        @Test
        void test(ContainerHandle handle) {
        }
    }

    @Test
    void execAssertNamingNoContainerInScope() {
        testFailure(ExecAssertUnknownTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@ExecAssert(command = [test, -f, /ready]) on [" + FIXTURE + "ExecAssertUnknownTestCase#test()] asks for"
                        + " container \"web\", but it is not in scope; the containers in scope are [db]: use one of these names, or"
                        + " declare it with @WithContainer(name = \"web\").");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    static class ExecAssertUnknownTestCase {
        @Test
        @ExecAssert(container = "web", command = {"test", "-f", "/ready"})
        void test() {
        }
    }

    @Test
    void execAssertAmbiguous() {
        testFailure(ExecAssertAmbiguousTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@ExecAssert(command = [true]) on [" + FIXTURE + "ExecAssertAmbiguousTestCase#test()] is ambiguous: the"
                        + " containers in scope are [db, web]: qualify it with container = \"db\", for example.");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    static class ExecAssertAmbiguousTestCase {
        @Test
        @ExecAssert(command = "true")
        void test() {
        }
    }

    @Test
    void execAssertWithNoContainerInScope() {
        testFailure(ExecAssertNoContainerTestCase.class).isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("@ExecAssert(command = [true]) on [" + FIXTURE + "ExecAssertNoContainerTestCase#test()] needs a container,"
                        + " but none is in scope: declare one with @WithContainer on the test class, the test method or a"
                        + " ContainerHandle field.");
    }

    @Fixture
    static class ExecAssertNoContainerTestCase {
        @Test
        @ExecAssert(command = "true")
        void test() {
        }
    }

    @Test
    void engineThatDoesNotAnswer() {
        classFailure(NO_ENGINE, ValidTestCase.class).isInstanceOf(dev.berth.BerthException.class)
                .hasMessageContaining("unix:///nonexistent/berth.sock")
                .hasMessageContaining("The socket file [/nonexistent/berth.sock] does not exist: no engine is running there.");
    }

    @Fixture
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"}, labels = LABEL)
    static class ValidTestCase {
        @Test
        void test() {
        }
    }

    @Test
    void unparsableConfigurationParameter() {
        classFailure(Map.of(WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME, "forever"), ValidTestCase.class)
                .isExactlyInstanceOf(ExtensionConfigurationException.class)
                .hasMessage("Configuration parameter [berth.wait.timeout] requires a positive duration such as \"500ms\", \"30s\", \"2m\""
                        + " or \"PT30S\", but it was \"forever\": fix it in junit-platform.properties, the build's configuration"
                        + " parameters or the -Dberth.wait.timeout system property.");
    }
}
