package dev.berth.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerSpec;
import dev.berth.NoEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start and teardown order of a scope, and default names; no engine needed. */
@NoEngine
class PlanOrderTest {

    private static Declaration declaration(String name, String... dependsOn) {
        return new Declaration(ContainerSpec.of("busybox:stable").withName(name).withDependsOn(dependsOn), "", false,
                "@WithContainer(name = \"" + name + "\")", null);
    }

    private static ScopeResources.Member member(Declaration d, int order) {
        return new ScopeResources.Member(d, null, true, order);
    }

    @Test
    void dependenciesStartFirstOtherwiseInDeclarationOrder() {
        List<Declaration> declared = List.of(declaration("app", "db", "cache"), declaration("db"), declaration("web", "app"),
                declaration("cache"));

        assertThat(ScopeStarter.dependenciesFirst(declared)).extracting(Declaration::name).containsExactly("db", "cache", "app", "web");
    }

    @Test
    void teardownRemovesDependentsBeforeWhatTheyDependOnAndEachLevelTogether() {
        // GIVEN ready in this order
        Declaration db = declaration("db");
        Declaration cache = declaration("cache");
        Declaration app = declaration("app", "db", "cache");
        Declaration web = declaration("web", "app");
        Declaration other = declaration("other");
        List<ScopeResources.Member> ready = List.of(member(db, 0), member(cache, 1), member(other, 4), member(app, 2), member(web, 3));
        // WHEN
        List<List<ScopeResources.Member>> levels = ScopeResources.teardownLevels(ready);
        // THEN
        assertThat(levels).hasSize(3);
        assertThat(levels.get(0)).extracting(ScopeResources.Member::name).containsExactly("web", "other");
        assertThat(levels.get(1)).extracting(ScopeResources.Member::name).containsExactly("app");
        assertThat(levels.get(2)).extracting(ScopeResources.Member::name).containsExactly("cache", "db");
    }

    @Test
    void defaultNameIsTheImageNameWithoutRegistryTagOrDigest() {
        assertThat(dev.berth.docker.internal.ImageReference.nameOf("busybox:stable")).isEqualTo("busybox");
        assertThat(dev.berth.docker.internal.ImageReference.nameOf("registry:5000/team/app:1.2")).isEqualTo("app");
        assertThat(dev.berth.docker.internal.ImageReference.nameOf("postgres@sha256:abc")).isEqualTo("postgres");
    }
}
