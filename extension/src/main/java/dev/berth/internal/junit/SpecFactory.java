package dev.berth.internal.junit;

import dev.berth.ContainerHandle;
import dev.berth.ContainerSpec;
import dev.berth.HttpWaitStrategy;
import dev.berth.Wait;
import dev.berth.WaitFor;
import dev.berth.WaitStrategy;
import dev.berth.WithContainer;
import dev.berth.docker.internal.ImageReference;
import dev.berth.internal.Durations;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns one {@code @WithContainer} into a {@link Declaration}, once, checking every attribute; each problem is
 * stated as a rule with its remedy.
 */
final class SpecFactory {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private SpecFactory() {
    }

    /**
     * @param a the annotation
     * @param where the annotated element, e.g. {@code [FooTest]} or {@code [FooTest.db]}
     * @param field the annotated field, or {@code null}
     * @param problems where problems go
     * @return the declaration, also when it has problems (added to {@code problems}, which the caller must throw
     *     before anything starts)
     */
    static Declaration declare(WithContainer a, String where, Field field, Problems problems) {
        String name = !a.name().isEmpty() ? a.name() : field != null ? field.getName() : ImageReference.nameOf(a.image());
        String label = "@WithContainer(name = \"" + name + "\") on " + where;
        List<String> found = new ArrayList<>();
        if (a.image().isBlank()) {
            found.add("@WithContainer on " + where + " requires an image, e.g. image = \"busybox:stable\", but it was blank.");
        }
        if (!NAME.matcher(name).matches()) {
            found.add(label + " requires a name of letters, digits, '_', '.' and '-' (it is the network alias),"
                    + " but \"" + name + "\" is not one: set name to e.g. \"db\".");
        }
        if (field != null) {
            checkField(field, label, found);
        }
        // a blank image is reported above; the stand-in keeps the declaration in its scope's checks (names, dependsOn)
        ContainerSpec spec = ContainerSpec.of(a.image().isBlank() ? "blank" : a.image()).withName(name);
        spec = applyAttributes(spec, a, label, found);
        if (!a.network().isEmpty() && !NAME.matcher(a.network()).matches()) {
            found.add(label + " requires a network name of letters, digits, '_', '.' and '-', but \"" + a.network()
                    + "\" is not one.");
        }
        found.forEach(problems::add);
        // returned even with problems, so that the scope's rules are checked too and one failure lists them all;
        // nothing starts from it, as the caller throws the problems first
        return new Declaration(spec, a.network(), a.shared(), label, field);
    }

    private static ContainerSpec applyAttributes(ContainerSpec spec, WithContainer a, String label, List<String> found) {
        if (a.command().length > 0) {
            spec = spec.withCommand(a.command());
        }
        if (a.entrypoint().length > 0) {
            spec = spec.withEntrypoint(a.entrypoint());
        }
        for (String entry : a.env()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                found.add(label + " requires each env entry as KEY=value, but \"" + entry + "\" is not: write e.g. \"MODE=test\".");
            } else {
                spec = spec.withEnv(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        for (String entry : a.labels()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                found.add(label + " requires each labels entry as key=value, but \"" + entry + "\" is not: write e.g. \"team=payments\".");
            } else if (entry.startsWith("dev.berth.")) {
                found.add(label + " requires label keys outside \"dev.berth.\", which Berth sets itself, but \""
                        + entry.substring(0, eq) + "\" is inside it: choose another key.");
            } else {
                spec = spec.withLabel(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        for (int port : a.ports()) {
            if (port < 1 || port > 65535) {
                found.add(label + " requires ports in 1..65535, but " + port + " is not: give the container port the server listens on.");
            }
        }
        if (Arrays.stream(a.ports()).allMatch(p -> p >= 1 && p <= 65535)) {
            spec = spec.withExposedPorts(a.ports());
        }
        if (!a.workdir().isEmpty()) {
            spec = spec.withWorkdir(a.workdir());
        }
        if (!a.user().isEmpty()) {
            spec = spec.withUser(a.user());
        }
        spec = spec.withPullPolicy(a.pull());
        if (a.dependsOn().length > 0) {
            spec = spec.withDependsOn(a.dependsOn());
        }
        spec = spec.withPrivileged(a.privileged()).withReadOnlyRootFilesystem(a.readOnlyRootFilesystem());
        for (String mount : a.tmpfs()) {
            if (!mount.startsWith("/")) {
                found.add(label + " requires each tmpfs entry as /path or /path:options, but \"" + mount
                        + "\" is not: write e.g. \"/run:size=16m\".");
            }
        }
        if (a.tmpfs().length > 0) {
            spec = spec.withTmpfs(a.tmpfs());
        }
        if (!a.memory().isEmpty()) {
            try {
                spec = spec.withMemory(a.memory());
            } catch (IllegalArgumentException e) {
                found.add(label + " requires memory as a positive size with an optional unit b, k, m or g, but \""
                        + a.memory() + "\" is not one: write e.g. memory = \"256m\".");
            }
        }
        WaitStrategy wait = waitStrategy(a.waitFor(), a.ports(), label, found);
        if (wait != null) {
            spec = spec.withWaitFor(wait);
        }
        return spec;
    }

    private static WaitStrategy waitStrategy(WaitFor w, int[] ports, String label, List<String> found) {
        String at = label + " has @WaitFor that";
        List<WaitStrategy> all = new ArrayList<>();
        if (!w.log().isEmpty()) {
            boolean valid = true;
            try {
                Pattern.compile(w.log());
            } catch (PatternSyntaxException e) {
                valid = false;
                found.add(at + " requires log to be a regular expression, but /" + w.log() + "/ is not: "
                        + e.getDescription() + " near index " + e.getIndex() + ".");
            }
            if (w.logTimes() < 1) {
                valid = false;
                found.add(at + " requires logTimes >= 1, but it was " + w.logTimes() + ".");
            }
            if (valid) {
                all.add(Wait.forLogMessage(w.log(), w.logTimes()));
            }
        }
        if (w.port() != 0) {
            if (w.port() < 1 || w.port() > 65535) {
                found.add(at + " requires port in 1..65535, but it was " + w.port() + ".");
            } else {
                all.add(Wait.forPort(w.port()));
            }
        }
        if (!w.http().isEmpty()) {
            all.add(httpWait(w, ports, at, found));
        }
        if (w.healthy()) {
            all.add(Wait.forHealthy());
        }
        if (w.command().length > 0) {
            if (Arrays.stream(w.command()).anyMatch(String::isEmpty)) {
                found.add(at + " requires command elements that are not empty, but " + Arrays.toString(w.command()) + " has one.");
            } else {
                all.add(Wait.forCommand(w.command()));
            }
        }
        if (w.exited()) {
            all.add(Wait.forExit());
        }
        Duration timeout = null;
        if (!w.timeout().isEmpty()) {
            try {
                timeout = Durations.parse(w.timeout());
            } catch (IllegalArgumentException e) {
                found.add(at + " requires timeout as a positive duration such as \"500ms\", \"30s\", \"2m\" or"
                        + " \"PT30S\", but \"" + w.timeout() + "\" is not one.");
            }
        }
        all.removeIf(s -> s == null);
        WaitStrategy strategy = all.isEmpty() ? Wait.forRunning() : all.size() == 1 ? all.get(0)
                : Wait.all(all.toArray(WaitStrategy[]::new));
        return timeout == null ? strategy : strategy.withTimeout(timeout);
    }

    private static WaitStrategy httpWait(WaitFor w, int[] ports, String at, List<String> found) {
        if (ports.length == 0) {
            found.add(at + " requires published ports for http, but the container publishes none: add e.g."
                    + " ports = 8080 and httpPort = 8080.");
            return null;
        }
        if (w.httpPort() != 0 && Arrays.stream(ports).noneMatch(p -> p == w.httpPort())) {
            found.add(at + " requires httpPort to be one of the published ports " + Arrays.toString(ports)
                    + ", but " + w.httpPort() + " is not: add it to ports.");
            return null;
        }
        HttpWaitStrategy http = Wait.forHttp(w.http()).forStatus(w.httpStatus());
        return w.httpPort() == 0 ? http : http.forPort(w.httpPort());
    }

    private static void checkField(Field field, String label, List<String> found) {
        if (field.getType() != ContainerHandle.class) {
            found.add(label + " requires a field of type ContainerHandle, but [" + field.getName() + "] is of type "
                    + field.getType().getSimpleName() + ": declare it as ContainerHandle " + field.getName() + ".");
        }
        if (Modifier.isFinal(field.getModifiers())) {
            found.add(label + " requires a field that is not final, so that Berth can inject the handle, but ["
                    + field.getName() + "] is final: remove final.");
        }
    }

}
