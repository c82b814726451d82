package dev.berth.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * New projects made from README.md alone (paste, install, run) pass on every class path the contract promises:
 * each project is the README's complete pom.xml, changed as one kind of user build differs, with the README's first
 * test and a small Berth suite (exec, files, logs, a wait), built by a Maven of its own.
 */
class ReadmeProjectsTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("berth.compat.repository", "..")).toAbsolutePath().normalize();
    private static final Path WORK = Path.of(System.getProperty("berth.compat.work", "target/projects")).toAbsolutePath();
    private static final Pattern SUITE = Pattern.compile(
            "<testsuite[^>]*?tests=\"(\\d+)\"[^>]*?errors=\"(\\d+)\"[^>]*?skipped=\"(\\d+)\"[^>]*?failures=\"(\\d+)\"");

    private static Readme readme;

    /** A user build: its name, and how its pom differs from the README's. */
    record Build(String name, java.util.function.UnaryOperator<Pom> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Every value of every axis appears at least once; axes that cannot interact are combined in one project, which
     * keeps the suite to nine Maven builds. JUnit: 5.10, 5.14 and 6.1, each with Berth declared before and after
     * it, in builds that name JUnit's version on the dependency (where declaration order decides), and the README's
     * pom with its BOM as it is; Jackson 2.13, 2.17 and 2.23 declared before Berth; Testcontainers 2.0.5 before and after Berth;
     * the Spring Boot 3.5 and 4.0 BOMs imported before JUnit's, so that they pin JUnit, Jackson and AssertJ.
     */
    static Stream<Build> builds() {
        return Stream.of(
                new Build("readme-pom-as-is", pom -> pom),
                new Build("junit-5.10-berth-first+jackson-2.13", pom -> plainJUnit(pom, "5.10.5").withDependencyFirst(jackson("2.13.5"))),
                new Build("junit-5.10-junit-first+testcontainers-last", pom -> plainJUnit(pom, "5.10.5").withFirst("junit-jupiter").withDependencyLast(testcontainers())),
                new Build("junit-5.14-berth-first+jackson-2.17", pom -> plainJUnit(pom, "5.14.4").withDependencyFirst(jackson("2.17.3"))),
                new Build("junit-5.14-junit-first+testcontainers-first", pom -> plainJUnit(pom, "5.14.4").withFirst("junit-jupiter").withDependencyFirst(testcontainers())),
                new Build("junit-6.1-berth-first+jackson-2.23", pom -> plainJUnit(pom, "6.1.3").withDependencyFirst(jackson("2.23.0"))),
                new Build("junit-6.1-junit-first", pom -> plainJUnit(pom, "6.1.3").withFirst("junit-jupiter")),
                new Build("spring-boot-3.5-bom", pom -> pom.withBomFirst("org.springframework.boot", "spring-boot-dependencies", "3.5.7")),
                new Build("spring-boot-4.0-bom", pom -> pom.withBomFirst("org.springframework.boot", "spring-boot-dependencies", "4.0.7")));
    }

    /** A build that names JUnit's version on its junit-jupiter dependency instead of importing the BOM. */
    private static Pom plainJUnit(Pom pom, String version) {
        return pom.withoutManagementAndVersion("junit-jupiter", version);
    }

    private static String jackson(String version) {
        return "<dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId>"
                + "<version>" + version + "</version><scope>test</scope></dependency>";
    }

    private static String testcontainers() {
        return "<dependency><groupId>org.testcontainers</groupId><artifactId>testcontainers</artifactId>"
                + "<version>2.0.5</version><scope>test</scope></dependency>";
    }

    /** Installs Berth with the README's own command, in the repository, as a user does before the first build. */
    @BeforeAll
    static void installWithTheReadmesCommand() throws Exception {
        readme = Readme.of(REPOSITORY.resolve("README.md"));
        Files.createDirectories(WORK);
        MavenRun install = MavenRun.in(REPOSITORY, readme.snippet("install").strip(), WORK.resolve("install.log"));
        assertThat(install.exitCode())
                .as("the README's install command failed:%n%s", install.tail(40))
                .isZero();
        Path local = Path.of(System.getProperty("user.home"), ".m2/repository/dev/berth/berth-extension/0.1.0-SNAPSHOT");
        try (Stream<Path> files = Files.list(local)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the install puts the sources and javadoc jars beside the jar, for IDEs")
                    .anyMatch(n -> n.endsWith("-sources.jar"))
                    .anyMatch(n -> n.endsWith("-javadoc.jar"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builds")
    void aProjectFromTheReadmePasses(Build build) throws Exception {
        Path project = WORK.resolve(build.name());
        deleteRecursively(project);
        Path tests = Files.createDirectories(project.resolve("src/test/java/com/example"));
        Files.writeString(project.resolve("pom.xml"), build.change().apply(new Pom(readme.snippet("pom"))).xml());
        String firstTest = readme.snippet("first-test");
        Files.writeString(tests.resolve("WebServerTest.java"), firstTest);
        String smokeTest;
        try (InputStream in = ReadmeProjectsTest.class.getResourceAsStream("/project/BerthSmokeTest.java")) {
            smokeTest = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Files.writeString(tests.resolve("BerthSmokeTest.java"), smokeTest);

        MavenRun run = MavenRun.in(project, "mvn -B -ntp -Dstyle.color=never test", project.resolve("build.log"));

        assertThat(run.exitCode()).as("mvn test in %s failed:%n%s", project, run.tail(60)).isZero();
        int[] counts = surefireCounts(project.resolve("target/surefire-reports"));
        int expected = count(firstTest, "@Test") + count(smokeTest, "@Test");
        assertThat(counts).as("tests run, errors, skipped, failures in %s", project).containsExactly(expected, 0, 0, 0);
        assertThat(run.log()).as("the build log of %s", project)
                .noneMatch(line -> line.contains("NoClassDefFoundError") || line.contains("NoSuchMethodError"));
    }

    private static int[] surefireCounts(Path reports) throws IOException {
        int[] sums = new int[4];
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : (Iterable<Path>) files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))::iterator) {
                Matcher suite = SUITE.matcher(Files.readString(report));
                if (suite.find()) {
                    for (int i = 0; i < 4; i++) {
                        sums[i] += Integer.parseInt(suite.group(i + 1));
                    }
                }
            }
        }
        return sums;
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
