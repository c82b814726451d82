package dev.berth;

import static dev.berth.BerthTestKit.IMAGE;
import static dev.berth.BerthTestKit.assertThat;
import static dev.berth.BerthTestKit.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** {@code ContainerHandle} parameters and {@code @Named} (API.md section 3). */
class NamedTest {

    @Test
    void handlesAreInjectedIntoConstructorsLifecycleMethodsAndTests() {
        assertThat(run(LifecycleParametersTestCase.class, PerClassConstructorTestCase.class)).succeeded(2);
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
    @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"})
    static class LifecycleParametersTestCase {
        static String webId;

        @BeforeAll
        static void beforeAll(@Named("web") ContainerHandle web) {
            webId = web.id();
        }

        @BeforeEach
        void beforeEach(@Named("db") ContainerHandle db) {
            assertThat(db.name()).isEqualTo("db");
        }

        @Test
        void test(@Named("web") ContainerHandle web, @Named("db") ContainerHandle db) {
            assertThat(web.id()).isEqualTo(webId).isNotEqualTo(db.id());
        }
    }

    /** Under PER_CLASS the instance is made before the {@code @BeforeAll} callbacks run. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
    static class PerClassConstructorTestCase {
        private final ContainerHandle web;

        PerClassConstructorTestCase(ContainerHandle web) {
            this.web = web;
        }

        @Test
        void test(ContainerHandle again) {
            assertThat(again.id()).isEqualTo(web.id());
        }
    }

    @Test
    void anInnerScopeContainerHidesAnOuterOneOfTheSameName() {
        assertThat(run(ShadowingTestCase.class)).succeeded(1);
    }

    @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"}, env = "SCOPE=class")
    static class ShadowingTestCase {
        @Test
        @WithContainer(name = "box", image = IMAGE, command = {"sleep", "300"}, env = "SCOPE=method")
        void test(ContainerHandle box) {
            assertThat(box.exec("sh", "-c", "echo $SCOPE").stdout()).isEqualTo("method\n");
        }
    }

    @Test
    void otherParameterTypesAreLeftToOtherResolvers() {
        BerthTestKit.Run run = run(OtherTypeTestCase.class);

        assertThat(run).hasSingleFailedTest().isExactlyInstanceOf(ParameterResolutionException.class)
                .hasMessageStartingWith("No ParameterResolver registered for parameter [java.lang.String web]");
    }

    @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
    static class OtherTypeTestCase {
        @Test
        void test(@Named("web") String web) {
        }
    }

    @Nested
    class Failures {
        @Test
        void unqualifiedParameterWithSeveralContainersInScope() {
            assertThat(run(AmbiguousTestCase.class)).hasSingleFailedTest()
                    .isExactlyInstanceOf(ParameterResolutionException.class)
                    .hasMessage("Parameter [ContainerHandle handle] of [NamedTest.Failures.AmbiguousTestCase#test(ContainerHandle)]"
                            + " is ambiguous: the containers in scope are [method, web, db]: qualify it with"
                            + " @Named(\"method\"), for example.");
        }

        @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
        @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"})
        static class AmbiguousTestCase {
            @Test
            @WithContainer(name = "method", image = IMAGE, command = {"sleep", "300"})
            void test(ContainerHandle handle) {
            }
        }

        @Test
        void nameThatIsNotInScope() {
            assertThat(run(UnknownNameTestCase.class)).hasSingleFailedTest()
                    .isExactlyInstanceOf(ParameterResolutionException.class)
                    .hasMessage("Parameter [ContainerHandle cache] of [NamedTest.Failures.UnknownNameTestCase#test(ContainerHandle)]"
                            + " asks for container \"cache\", but it is not in scope; the containers in scope are [web, db]:"
                            + " use one of these names, or declare it with @WithContainer(name = \"cache\").");
        }

        @WithContainer(name = "web", image = IMAGE, command = {"sleep", "300"})
        @WithContainer(name = "db", image = IMAGE, command = {"sleep", "300"})
        static class UnknownNameTestCase {
            @Test
            void test(@Named("cache") ContainerHandle cache) {
            }
        }

        @Test
        void noContainerInScope() {
            assertThat(run(NoContainerTestCase.class)).hasSingleFailedTest()
                    .isExactlyInstanceOf(ParameterResolutionException.class)
                    .hasMessage("Parameter [ContainerHandle web] of [NamedTest.Failures.NoContainerTestCase#test(ContainerHandle)]"
                            + " needs a container, but none is in scope: declare one with @WithContainer on the test class,"
                            + " the test method or a ContainerHandle field.");
        }

        @org.junit.jupiter.api.extension.ExtendWith(BerthExtension.class)
        static class NoContainerTestCase {
            @Test
            void test(ContainerHandle web) {
            }
        }
    }
}
