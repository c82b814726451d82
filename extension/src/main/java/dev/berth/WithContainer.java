package dev.berth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @WithContainer} starts a Docker container as a test fixture and removes it when its scope ends; the test
 * gets a {@link ContainerHandle} to it as a parameter or a field.
 *
 * <pre>{@code
 * @WithContainer(name = "web", image = "busybox:stable",
 *                command = {"httpd", "-f", "-p", "8080", "-h", "/www"},
 *                ports = 8080,
 *                waitFor = @WaitFor(port = 8080, timeout = "30s"))
 * class WebTest {
 *     @Test
 *     void serves(ContainerHandle web) { ... }
 * }
 * }</pre>
 *
 * <p>The annotation registers Berth's extension itself: no {@code @ExtendWith} is needed. It is repeatable, and it
 * works as a meta-annotation, so a team can declare {@code @Postgres} once and put it on many classes.
 *
 * <h2>Scope</h2>
 * <ul>
 * <li>On a class: one container for the class, started before all its tests and visible in its {@code @Nested}
 * classes.</li>
 * <li>On a test method: one container per invocation, also for each invocation of a {@code @ParameterizedTest} or
 * {@code @RepeatedTest}.</li>
 * <li>On a {@code static} field of type {@link ContainerHandle}: per class; on an instance field: per test. The
 * handle is injected into the field; an unset {@link #name()} takes the field's name.</li>
 * <li>With {@link #shared()}: one container for the whole test run, the same for every class that declares the same
 * name and specification.</li>
 * </ul>
 * Names are unique within a scope; a container of an inner scope may reuse a name of an outer one and then hides it.
 * With more than one container in scope, parameters are qualified with {@link Named @Named}.
 *
 * <h2>Lifecycle</h2>
 * The containers of one scope are created, started and awaited ({@link #waitFor()}) in parallel, except that a
 * container waits for those it names in {@link #dependsOn()} to be ready. Ports are published on {@code 127.0.0.1}
 * to free host ports ({@link ContainerHandle#mappedPort(int)}). With {@link #network()}, Berth creates a
 * user-defined network for the scope and attaches each container with its name as alias, so containers reach each
 * other by name. The time each container took (pull, create, start, wait) is logged at debug level and published
 * as a report entry {@code berth.startup.<name>}.
 *
 * <h2>Cleanup</h2>
 * Every container and network Berth creates carries the labels {@code dev.berth.managed=true} and
 * {@code dev.berth.session=<id>}, and is removed (with force and with its anonymous volumes) at the end of its scope
 * on every path: when a test fails, when {@code @BeforeAll} throws, when a wait times out, when a start is
 * interrupted. Dependents are removed before the containers they depend on. A JVM shutdown hook removes what is
 * left on a normal exit, SIGINT or SIGTERM, and a watchdog process removes the session's containers and networks
 * within seconds when the JVM is killed with SIGKILL (see {@code docs/cleanup.md}).
 *
 * <h2>Failure reports</h2>
 * When a test or a lifecycle method fails, the last lines of the logs of every container in scope
 * ({@value #LOG_LINES_PROPERTY_NAME}, default 100) are attached to the failure as suppressed exceptions naming the
 * container, and published as report entries {@code berth.logs.<name>}.
 *
 * <h2>Configuration</h2>
 * JUnit configuration parameters or system properties: {@value #DEFAULT_PULL_POLICY_PROPERTY_NAME},
 * {@value #LOG_LINES_PROPERTY_NAME}, {@value #DOCKER_HOST_PROPERTY_NAME}, and {@value WaitFor#DEFAULT_TIMEOUT_PROPERTY_NAME}.
 *
 * <h2>Failures</h2>
 * <ul>
 * <li>fails with {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} before any container
 * starts when a declaration is wrong: a blank {@code image}, a duplicate name in a scope, a {@code dependsOn} that
 * names no container in scope or forms a cycle, an unparsable duration or memory size, a port outside 1..65535, an
 * {@code env} or {@code labels} entry without {@code =}, a field that is not a {@code ContainerHandle} or is
 * {@code final}, a shared container that depends on an unshared one, or an invalid configuration parameter;</li>
 * <li>fails with {@link ContainerStartupException} when a container cannot be pulled, created, started or made
 * ready; the message carries its name, image, short id, what was awaited, its state and exit code and its last log
 * lines;</li>
 * <li>fails with {@link org.junit.jupiter.api.extension.ParameterResolutionException} when a
 * {@code ContainerHandle} parameter is ambiguous or names no container in scope; the message lists the names in
 * scope.</li>
 * </ul>
 *
 * @since 0.1.0
 * @see WaitFor
 * @see ContainerHandle
 * @see Named
 * @see ExecAssert
 * @see Containers
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(WithContainers.class)
@ExtendWith(BerthExtension.class)
@API(status = API.Status.STABLE, since = "0.1.0")
public @interface WithContainer {

    /**
     * The configuration parameter (or system property) naming the pull policy that {@link PullPolicy#DEFAULT}
     * stands for: {@code IF_MISSING} (the default), {@code ALWAYS} or {@code NEVER}.
     */
    String DEFAULT_PULL_POLICY_PROPERTY_NAME = "berth.pull.policy";

    /**
     * The configuration parameter (or system property) giving how many last log lines of each container a failure
     * report shows: a positive number, default 100.
     */
    String LOG_LINES_PROPERTY_NAME = "berth.logs.lines";

    /**
     * The configuration parameter (or system property) giving the Docker engine to use, e.g.
     * {@code unix:///var/run/docker.sock} or {@code tcp://10.0.0.5:2375}. Unset: found as the docker CLI finds it
     * ({@code DOCKER_HOST}, the current docker context, then {@code /var/run/docker.sock}).
     */
    String DOCKER_HOST_PROPERTY_NAME = "berth.docker.host";

    /**
     * The logical name: unique within its scope, the network alias, and the value of {@link Named @Named}.
     * Empty: the field's name for a field, else the image's name without registry and tag
     * ({@code busybox} for {@code busybox:stable}).
     *
     * @return the name
     */
    String name() default "";

    /**
     * The image reference, e.g. {@code busybox:stable} or {@code registry:5000/team/app:1.2}.
     *
     * @return the image
     */
    String image();

    /**
     * The command (argv; no shell is involved). Empty: the image's default.
     *
     * @return the command
     */
    String[] command() default {};

    /**
     * The entrypoint. Empty: the image's default.
     *
     * @return the entrypoint
     */
    String[] entrypoint() default {};

    /**
     * Environment variables, each {@code KEY=value}.
     *
     * @return the variables
     */
    String[] env() default {};

    /**
     * Labels, each {@code key=value}. Keys starting with {@code dev.berth.} are Berth's own.
     *
     * @return the labels
     */
    String[] labels() default {};

    /**
     * Container ports (TCP), each published on {@code 127.0.0.1} to a free host port.
     *
     * @return the ports
     * @see ContainerHandle#mappedPort(int)
     */
    int[] ports() default {};

    /**
     * The working directory. Empty: the image's default.
     *
     * @return the directory
     */
    String workdir() default "";

    /**
     * The user, e.g. {@code nobody} or {@code 1000:1000}. Empty: the image's default.
     *
     * @return the user
     */
    String user() default "";

    /**
     * When the container is ready for its tests. Default: when it runs.
     *
     * @return the wait
     */
    WaitFor waitFor() default @WaitFor;

    /**
     * When to pull the image. {@link PullPolicy#DEFAULT} is the configured policy
     * ({@value #DEFAULT_PULL_POLICY_PROPERTY_NAME}), itself {@link PullPolicy#IF_MISSING} unless set.
     *
     * @return the policy
     */
    PullPolicy pull() default PullPolicy.DEFAULT;

    /**
     * A network for the scope: Berth creates a user-defined network for this name when the scope starts, attaches
     * the container with its name as alias, and removes the network when the scope ends. Containers of one scope
     * (or of enclosing scopes) that give the same network name share it. Empty: the engine's default bridge.
     *
     * @return the logical network name
     */
    String network() default "";

    /**
     * Names of containers in scope that must be ready before this one starts. They are removed after it.
     *
     * @return the names
     */
    String[] dependsOn() default {};

    /**
     * Whether the container runs privileged.
     *
     * @return whether privileged
     */
    boolean privileged() default false;

    /**
     * tmpfs mounts, each {@code /path} or {@code /path:options} (e.g. {@code /run:size=16m}).
     *
     * @return the mounts
     */
    String[] tmpfs() default {};

    /**
     * A memory limit, e.g. {@code 256m} or {@code 1g}. Empty: none.
     *
     * @return the limit
     */
    String memory() default "";

    /**
     * Whether the root filesystem is read-only.
     *
     * @return whether read-only
     */
    boolean readOnlyRootFilesystem() default false;

    /**
     * Shares one container across test classes: every class that declares a shared container with the same name
     * and the same specification gets the same container, started on first use and removed when the test run
     * ends. A shared container may depend only on shared containers.
     *
     * @return whether shared
     */
    boolean shared() default false;
}
