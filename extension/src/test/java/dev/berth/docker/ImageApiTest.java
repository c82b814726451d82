package dev.berth.docker;

import static dev.berth.docker.EngineTestSupport.IMAGE;
import static dev.berth.docker.EngineTestSupport.RUN_ID;
import static dev.berth.docker.EngineTestSupport.RUN_LABEL;
import static dev.berth.docker.EngineTestSupport.docker;
import static dev.berth.docker.EngineTestSupport.removeImageQuietly;
import static dev.berth.docker.EngineTestSupport.removeQuietly;
import static dev.berth.docker.EngineTestSupport.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.DockerOnly;
import dev.berth.docker.internal.tar.TarEntry;
import dev.berth.docker.internal.tar.TarOutput;
import dev.berth.docker.model.BuildOptions;
import dev.berth.docker.model.CommitOptions;
import com.sun.net.httpserver.HttpServer;
import dev.berth.docker.model.ContainerConfig;
import dev.berth.docker.model.ExecConfig;
import dev.berth.docker.model.ImageHistory;
import dev.berth.docker.model.ImageInspect;
import dev.berth.docker.model.ImageSummary;
import dev.berth.docker.model.LogsOptions;
import dev.berth.docker.model.ProgressEvent;
import dev.berth.docker.model.PruneResult;
import dev.berth.docker.model.RegistryAuth;
import dev.berth.docker.model.RemovedImage;
import dev.berth.docker.model.WaitCondition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DockerOnly("Podman: image ids without sha256: in places, other image names and build output, no /images/search")
class ImageApiTest {

    /** A created busybox container, committed to make small images of this run quickly. */
    private static String source;

    @BeforeAll
    static void createSource() {
        source = docker().containers().create(EngineTestSupport.busybox("echo", "small")).id();
    }

    @AfterAll
    static void nothingLeft() {
        removeQuietly(source);
        EngineTestSupport.assertNothingLeft();
    }

    /** A tar build context with the given files. */
    static byte[] context(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TarOutput tar = new TarOutput(bytes);
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            tar.put(TarEntry.file(file.getKey(), content.length, 0644, Instant.now()), content);
        }
        tar.finish();
        return bytes.toByteArray();
    }

    /** Runs an image's default command to its end and returns its output. */
    static String runToEnd(String image) {
        String id = docker().containers().create(ContainerConfig.of(image).withLabel(RUN_LABEL, RUN_ID)).id();
        try {
            docker().containers().start(id);
            docker().containers().waitFor(id, WaitCondition.NOT_RUNNING);
            try (LogStream logs = docker().containers().logs(id, LogsOptions.all())) {
                return logs.readAll();
            }
        } finally {
            removeQuietly(id);
        }
    }

    /** Makes a small tagged image labelled with this run (a commit: quicker than a build). */
    static String smallImage(String reference) {
        int colon = reference.lastIndexOf(':');
        return docker().containers().commit(source, CommitOptions.of(reference.substring(0, colon), reference.substring(colon + 1))
                .withChanges("LABEL " + RUN_LABEL + "=" + RUN_ID));
    }

    @Test
    void inspectListAndHistoryOfTheTestImage() {
        ImageInspect image = docker().images().inspect(IMAGE);
        assertThat(image.id()).startsWith("sha256:");
        assertThat(image.repoTags()).contains(IMAGE);
        assertThat(image.os()).isEqualTo("linux");
        assertThat(image.rootFs().layers()).isNotEmpty();
        assertThat(docker().images().list(false, Map.of("reference", List.of(IMAGE))))
                .extracting(ImageSummary::id).containsExactly(image.id());
        List<ImageHistory> history = docker().images().history(IMAGE);
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).id()).isEqualTo(image.id());
        assertThat(docker().images().exists(IMAGE)).isTrue();
        assertThat(docker().images().exists("berth-no-such-image:1")).isFalse();
    }

    @Test
    void inspectOfAMissingImageIsNotFound() {
        assertThatThrownBy(() -> docker().images().inspect("berth-no-such-image:1"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /images/berth-no-such-image:1/json:"
                        + " no such image: berth-no-such-image:1: No such image: berth-no-such-image:1");
    }

    @Test
    void buildFromATarContextWithArgsLabelsAndStreamedOutput() throws IOException {
        // GIVEN a context with a Dockerfile that copies a file and uses a build argument
        String tag = uniqueName("build") + ":1";
        byte[] context = context(Map.of(
                "Dockerfile", "FROM " + IMAGE + "\nARG GREETING\nCOPY hello.txt /hello.txt\nRUN echo \"$GREETING\" > /greeting\n"
                        + "CMD [\"cat\", \"/hello.txt\", \"/greeting\"]\n",
                "hello.txt", "hello from the context\n"));
        List<ProgressEvent> events = new ArrayList<>();
        try {
            // WHEN built without cache, with a build argument and a label
            String id = docker().images().build(new ByteArrayInputStream(context),
                    BuildOptions.tagged(tag).withNoCache(true).withRemove(true).withBuildArg("GREETING", "hi there")
                            .withLabel(RUN_LABEL, RUN_ID), events::add);
            // THEN the output was streamed step by step, and the image is tagged, labelled and runs
            assertThat(events).extracting(ProgressEvent::stream).filteredOn(s -> s != null && s.startsWith("Step "))
                    .containsExactly("Step 1/6 : FROM " + IMAGE, "Step 2/6 : ARG GREETING", "Step 3/6 : COPY hello.txt /hello.txt",
                            "Step 4/6 : RUN echo \"$GREETING\" > /greeting", "Step 5/6 : CMD [\"cat\", \"/hello.txt\", \"/greeting\"]",
                            "Step 6/6 : LABEL " + RUN_LABEL + "=" + RUN_ID);
            ImageInspect image = docker().images().inspect(tag);
            assertThat(image.id()).isEqualTo(id);
            assertThat(image.config().labels()).containsEntry(RUN_LABEL, RUN_ID);
            assertThat(runToEnd(tag)).isEqualTo("hello from the context\nhi there\n");
        } finally {
            removeImageQuietly(tag);
        }
    }

    @Test
    void buildFromAFolder(@TempDir Path folder) throws IOException {
        // GIVEN a folder with a Dockerfile under another name, an executable script and a subfolder
        String tag = uniqueName("folder") + ":1";
        Files.writeString(folder.resolve("Build.docker"), "FROM " + IMAGE + "\nCOPY . /ctx/\nCMD [\"/ctx/bin/run.sh\"]\n");
        Files.createDirectories(folder.resolve("bin"));
        Path script = Files.writeString(folder.resolve("bin/run.sh"), "#!/bin/sh\necho from the folder\n");
        script.toFile().setExecutable(true);
        try {
            // WHEN built from the folder
            docker().images().build(folder, BuildOptions.tagged(tag).withDockerfile("Build.docker").withLabel(RUN_LABEL, RUN_ID), e -> { });
            // THEN the files kept their paths and modes
            assertThat(runToEnd(tag)).isEqualTo("from the folder\n");
        } finally {
            removeImageQuietly(tag);
        }
    }

    @Test
    void aFailingBuildStepIsADockerException() throws IOException {
        byte[] context = context(Map.of("Dockerfile", "FROM " + IMAGE + "\nRUN echo about to fail && exit 3\n"));
        List<String> output = new ArrayList<>();
        assertThatThrownBy(() -> docker().images().build(new ByteArrayInputStream(context),
                BuildOptions.tagged(uniqueName("fail") + ":1").withForceRemove(true).withLabel(RUN_LABEL, RUN_ID), e -> output.add(e.stream())))
                .isInstanceOf(DockerException.class)
                .hasMessage("The Docker engine reported an error while streaming its answer to POST /build:"
                        + " The command '/bin/sh -c echo about to fail && exit 3' returned a non-zero code: 3")
                .satisfies(e -> assertThat(((DockerException) e).status()).isEqualTo(200));
        assertThat(output).contains("about to fail\n");
    }

    @Test
    void aBuildWithoutADockerfileIsABadRequest() throws IOException {
        byte[] context = context(Map.of("README", "no Dockerfile here"));
        assertThatThrownBy(() -> docker().images().build(new ByteArrayInputStream(context), BuildOptions.tagged(uniqueName("none") + ":1"), e -> { }))
                .isInstanceOf(DockerException.class)
                .hasMessageContaining("POST /build")
                .hasMessageContaining("Cannot locate specified Dockerfile: Dockerfile");
    }

    @Test
    void tagAndRemoveAReference() {
        // GIVEN an image of this run
        String tag = uniqueName("tag") + ":1";
        String id = smallImage(tag);
        String second = uniqueName("tag2");
        try {
            // WHEN tagged again
            docker().images().tag(tag, second, "v2");
            assertThat(docker().images().inspect(second + ":v2").id()).isEqualTo(id);
            // THEN removing one reference only untags it
            assertThat(docker().images().remove(second + ":v2", false, false)).containsExactly(new RemovedImage(second + ":v2", null));
            assertThat(docker().images().exists(tag)).isTrue();
        } finally {
            removeImageQuietly(second + ":v2");
            removeImageQuietly(tag);
        }
    }

    @Test
    void removingAnImageAContainerUsesIsAConflictUnlessForced() {
        // GIVEN an image used by a stopped container
        String tag = uniqueName("used") + ":1";
        String id = smallImage(tag);
        String container = docker().containers().create(ContainerConfig.of(tag).withLabel(RUN_LABEL, RUN_ID)).id();
        try {
            // WHEN removed by id without force THEN 409
            assertThatThrownBy(() -> docker().images().remove(id, false, false))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("The Docker engine answered 409 to DELETE /images/" + id + ": conflict: unable to delete "
                            + id.substring(7, 19) + " (must be forced) - image is being used by stopped container " + container.substring(0, 12));
            // WHEN forced THEN it is untagged and deleted
            List<RemovedImage> removed = docker().images().remove(id, true, true);
            assertThat(removed).contains(new RemovedImage(tag, null), new RemovedImage(null, id));
        } finally {
            removeQuietly(container);
            removeImageQuietly(tag);
        }
    }

    @Test
    void exportedFilesystemImportsAsAnImageFromAStreamAndFromAUrl() throws IOException {
        // GIVEN the exported filesystem of a container with a file of its own, also served over HTTP
        String container = EngineTestSupport.run(EngineTestSupport.sleeper());
        String repository = uniqueName("import");
        byte[] rootFs;
        try {
            docker().exec().run(container, ExecConfig.of("sh", "-c", "echo imported > /marker"));
            try (InputStream export = docker().archives().export(container)) {
                rootFs = export.readAllBytes();
            }
        } finally {
            removeQuietly(container);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rootfs.tar", exchange -> {
            exchange.sendResponseHeaders(200, rootFs.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(rootFs);
            }
        });
        server.start();
        List<String> changes = List.of("CMD [\"cat\", \"/marker\"]", "LABEL " + RUN_LABEL + "=" + RUN_ID);
        try {
            // WHEN imported from the stream, and by the engine from the URL
            String fromStream = docker().images().importImage(new ByteArrayInputStream(rootFs), repository, "stream", changes);
            String fromUrl = docker().images().importImage("http://127.0.0.1:" + server.getAddress().getPort() + "/rootfs.tar",
                    repository, "url", changes);
            // THEN both are images that run
            assertThat(fromStream).startsWith("sha256:");
            assertThat(docker().images().inspect(repository + ":stream").id()).isEqualTo(fromStream);
            assertThat(docker().images().inspect(repository + ":url").id()).isEqualTo(fromUrl);
            assertThat(runToEnd(repository + ":stream")).isEqualTo("imported\n");
            assertThat(runToEnd(repository + ":url")).isEqualTo("imported\n");
        } finally {
            server.stop(0);
            removeImageQuietly(repository + ":stream");
            removeImageQuietly(repository + ":url");
        }
    }

    @Test
    void saveThenLoadRestoresAnImage() throws IOException {
        // GIVEN an image of this run, saved to a tar
        String tag = uniqueName("saved") + ":1";
        String id = smallImage(tag);
        byte[] saved;
        try (InputStream tar = docker().images().save(tag)) {
            saved = tar.readAllBytes();
        }
        // WHEN the image is removed, then loaded from the tar
        docker().images().remove(tag, false, false);
        assertThat(docker().images().exists(tag)).isFalse();
        try {
            List<String> loaded = docker().images().load(new ByteArrayInputStream(saved));
            // THEN it is back under its tag
            assertThat(loaded).containsExactly(tag);
            assertThat(docker().images().inspect(tag).id()).isEqualTo(id);
        } finally {
            removeImageQuietly(tag);
        }
    }

    @Test
    void loadOfSomethingElseIsAnError() {
        assertThatThrownBy(() -> docker().images().load(new ByteArrayInputStream(new byte[1024])))
                .isInstanceOf(DockerException.class)
                .hasMessageContaining("POST /images/load");
    }

    @Test
    void pruneRemovesUntaggedImagesMatchingTheFilter() throws IOException {
        // GIVEN an untagged image labelled with this run
        String id = docker().images().build(new ByteArrayInputStream(context(Map.of("Dockerfile",
                "FROM " + IMAGE + "\nCMD [\"echo\", \"" + RUN_ID + "\"]\n"))), BuildOptions.tagged().withLabel(RUN_LABEL, RUN_ID), e -> { });
        // WHEN pruning with this run's label
        PruneResult pruned = docker().images().prune(EngineTestSupport.runFilter());
        // THEN it is gone
        assertThat(pruned.deleted()).contains(id);
        assertThat(docker().images().exists(id)).isFalse();
    }

    @Test
    void pullFromAnUnreachableRegistryIsADockerException() {
        assertThatThrownBy(() -> docker().images().pull("127.0.0.1:1/berth/nope:1"))
                .isInstanceOf(ServerErrorException.class)
                .hasMessage("The Docker engine answered 500 to POST /images/create: Get \"http://127.0.0.1:1/v2/\":"
                        + " dial tcp 127.0.0.1:1: connect: connection refused");
    }

    @Test
    void pushToAnUnreachableRegistryFailsInTheStream() {
        // GIVEN an image tagged for a registry nobody listens on
        String repository = "127.0.0.1:1/" + uniqueName("push");
        String tag = uniqueName("push") + ":1";
        smallImage(tag);
        docker().images().tag(tag, repository, "1");
        try {
            // WHEN pushed THEN the engine's error, sent after its 200, is raised
            assertThatThrownBy(() -> docker().images().push(repository + ":1", RegistryAuth.anonymous(), e -> { }))
                    .isInstanceOf(DockerException.class)
                    .hasMessageContaining("while streaming its answer to POST /images/" + repository + "/push")
                    .hasMessageContaining("connection refused")
                    .satisfies(e -> assertThat(((DockerException) e).status()).isEqualTo(200));
        } finally {
            removeImageQuietly(repository + ":1");
            removeImageQuietly(tag);
        }
    }

    @Test
    void searchNeedsTheRegistry() {
        // The engine of this project has no internet; the search fails fast with the engine's message.
        assertThatThrownBy(() -> docker().images().search("busybox", 1))
                .isInstanceOf(DockerException.class)
                .hasMessageStartingWith("The Docker engine answered 500 to GET /images/search: ")
                .hasMessageContaining("index.docker.io");
    }
}
