package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Misconfigured {@code @WithContainer} declarations fail before any container starts, with a message that states
 * the rule and the fix. Runs point {@code berth.docker.host} at a socket that does not exist: had Berth tried to
 * start anything, the failure would be about the engine instead.
 */
class WithContainerFailuresTest {

    private static final Map<String, String> NO_ENGINE = Map.of(WithContainer.DOCKER_HOST_PROPERTY_NAME, "unix:///nonexistent/berth.sock");

    private static final String FIXTURE = "WithContainerFailuresTest.Failures.";

    @Nested
    class Failures {

        @Test
        void duplicateNames() {
            assertThat(run(NO_ENGINE, DuplicateNamesTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "DuplicateNamesTestCase] requires a name unique"
                            + " within its scope, but [" + FIXTURE + "DuplicateNamesTestCase] declares \"db\" twice: give one of"
                            + " them another name.");
        }

        @WithContainer(name = "db", image = IMAGE)
        @WithContainer(name = "db", image = IMAGE)
        static class DuplicateNamesTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void unknownDependsOn() {
            assertThat(run(NO_ENGINE, UnknownDependsOnTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"web\") on [" + FIXTURE + "UnknownDependsOnTestCase] requires that"
                            + " dependsOn names a container in scope, but \"cache\" is not one of [db, web].");
        }

        @WithContainer(name = "db", image = IMAGE)
        @WithContainer(name = "web", image = IMAGE, dependsOn = "cache")
        static class UnknownDependsOnTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void dependsOnCycle() {
            assertThat(run(NO_ENGINE, CycleTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"a\") on [" + FIXTURE + "CycleTestCase] requires dependsOn without"
                            + " cycles, but a -> b -> c -> a is one: remove one of these dependencies.");
        }

        @WithContainer(name = "a", image = IMAGE, dependsOn = "b")
        @WithContainer(name = "b", image = IMAGE, dependsOn = "c")
        @WithContainer(name = "c", image = IMAGE, dependsOn = "a")
        static class CycleTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void badDuration() {
            assertThat(run(NO_ENGINE, BadDurationTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"busybox\") on [" + FIXTURE + "BadDurationTestCase] has @WaitFor that"
                            + " requires timeout as a positive duration such as \"500ms\", \"30s\", \"2m\" or \"PT30S\", but"
                            + " \"30 seconds\" is not one.");
        }

        @WithContainer(image = IMAGE, waitFor = @WaitFor(log = "ready", timeout = "30 seconds"))
        static class BadDurationTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void badMemory() {
            assertThat(run(NO_ENGINE, BadMemoryTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "BadMemoryTestCase] requires memory as a"
                            + " positive size with an optional unit b, k, m or g, but \"lots\" is not one: write e.g."
                            + " memory = \"256m\".");
        }

        @WithContainer(name = "db", image = IMAGE, memory = "lots")
        static class BadMemoryTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void portOutOfRange() {
            assertThat(run(NO_ENGINE, PortTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"web\") on [" + FIXTURE + "PortTestCase] requires ports in 1..65535,"
                            + " but 70000 is not: give the container port the server listens on.");
        }

        @WithContainer(name = "web", image = IMAGE, ports = 70000)
        static class PortTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void fieldOfTheWrongType() {
            assertThat(run(NO_ENGINE, WrongFieldTypeTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "WrongFieldTypeTestCase.db] requires a field"
                            + " of type ContainerHandle, but [db] is of type String: declare it as ContainerHandle db.");
        }

        static class WrongFieldTypeTestCase {
            @WithContainer(image = IMAGE)
            static String db;

            @Test
            void never() {
            }
        }

        @Test
        void finalField() {
            assertThat(run(NO_ENGINE, FinalFieldTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "FinalFieldTestCase.db] requires a field that"
                            + " is not final, so that Berth can inject the handle, but [db] is final: remove final.");
        }

        static class FinalFieldTestCase {
            @WithContainer(image = IMAGE)
            static final ContainerHandle db = null;

            @Test
            void never() {
            }
        }

        @Test
        void envEntryWithoutEquals() {
            assertThat(run(NO_ENGINE, BadEnvTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"busybox\") on [" + FIXTURE + "BadEnvTestCase] requires each env entry"
                            + " as KEY=value, but \"MODE\" is not: write e.g. \"MODE=test\".");
        }

        @WithContainer(image = IMAGE, env = "MODE")
        static class BadEnvTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void sharedContainerDependingOnAnUnsharedOne() {
            assertThat(run(NO_ENGINE, SharedDependsOnUnsharedTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"app\") on [" + FIXTURE + "SharedDependsOnUnsharedTestCase] is shared"
                            + " and requires that dependsOn names shared containers only, but \"db\" is not shared: share it"
                            + " too, or do not share this one.");
        }

        @WithContainer(name = "db", image = IMAGE)
        @WithContainer(name = "app", image = IMAGE, dependsOn = "db", shared = true)
        static class SharedDependsOnUnsharedTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void aMistakeOnAMethodFailsTheClassBeforeItsContainersStart() {
            assertThat(run(NO_ENGINE, MethodMistakeTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"web\") on [" + FIXTURE + "MethodMistakeTestCase#test()] has @WaitFor"
                            + " that requires published ports for http, but the container publishes none: add e.g."
                            + " ports = 8080 and httpPort = 8080.");
        }

        @WithContainer(name = "db", image = IMAGE)
        static class MethodMistakeTestCase {
            @Test
            @WithContainer(name = "web", image = IMAGE, waitFor = @WaitFor(http = "/health"))
            void test() {
            }
        }

        @Test
        void severalMistakesAreReportedTogether() {
            assertThat(run(NO_ENGINE, SeveralMistakesTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Berth found 2 configuration problems:\n"
                            + "- @WithContainer on [" + FIXTURE + "SeveralMistakesTestCase] requires an image, e.g."
                            + " image = \"busybox:stable\", but it was blank.\n"
                            + "- @WithContainer(name = \"web\") on [" + FIXTURE + "SeveralMistakesTestCase] has @WaitFor that"
                            + " requires logTimes >= 1, but it was 0.");
        }

        @WithContainer(name = "db", image = " ")
        @WithContainer(name = "web", image = IMAGE, waitFor = @WaitFor(log = "up", logTimes = 0))
        static class SeveralMistakesTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void everyProblemOfOneDeclarationIsReportedTogether() {
            String web = "@WithContainer(name = \"web\") on [" + FIXTURE + "OneDeclarationSeveralMistakesTestCase]";
            assertThat(run(NO_ENGINE, OneDeclarationSeveralMistakesTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Berth found 3 configuration problems:\n"
                            + "- " + web + " requires ports in 1..65535, but 70000 is not: give the container port the server"
                            + " listens on.\n"
                            + "- " + web + " has @WaitFor that requires timeout as a positive duration such as \"500ms\","
                            + " \"30s\", \"2m\" or \"PT30S\", but \"soonish\" is not one.\n"
                            + "- " + web + " requires that dependsOn names a container in scope, but \"cache\" is not one of"
                            + " [db, web].");
        }

        @WithContainer(name = "db", image = IMAGE)
        @WithContainer(name = "web", image = IMAGE, ports = 70000, dependsOn = "cache", waitFor = @WaitFor(timeout = "soonish"))
        static class OneDeclarationSeveralMistakesTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void aDurationTooLargeForJavaIsReportedNotThrown() {
            assertThat(run(NO_ENGINE, HugeTimeoutTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("@WithContainer(name = \"db\") on [" + FIXTURE + "HugeTimeoutTestCase] has @WaitFor that"
                            + " requires timeout as a positive duration such as \"500ms\", \"30s\", \"2m\" or \"PT30S\", but"
                            + " \"9999999999999999h\" is not one.");
        }

        @WithContainer(name = "db", image = IMAGE, waitFor = @WaitFor(timeout = "9999999999999999h"))
        static class HugeTimeoutTestCase {
            @Test
            void never() {
            }
        }

        @Test
        void invalidConfigurationParameter() {
            assertThat(run(Map.of(WaitFor.DEFAULT_TIMEOUT_PROPERTY_NAME, "soon"), ValidTestCase.class)).hasSingleFailedContainer()
                    .isExactlyInstanceOf(ExtensionConfigurationException.class)
                    .hasMessage("Configuration parameter [berth.wait.timeout] requires a positive duration such as \"500ms\","
                            + " \"30s\", \"2m\" or \"PT30S\", but it was \"soon\": fix it in junit-platform.properties, the"
                            + " build's configuration parameters or the -Dberth.wait.timeout system property.");
        }

        @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"})
        static class ValidTestCase {
            @Test
            void test() {
            }
        }
    }
}
