package dev.berth.docker;

import dev.berth.docker.internal.EngineApi;
import dev.berth.docker.internal.EngineCall;
import dev.berth.docker.internal.ImageReference;
import dev.berth.docker.internal.RegistryAuthEncoding;
import dev.berth.docker.internal.StreamErrors;
import dev.berth.docker.internal.http.RequestBody;
import dev.berth.docker.internal.json.Json;
import dev.berth.docker.internal.tar.UploadArchives;
import dev.berth.docker.model.BuildOptions;
import dev.berth.docker.model.ImageHistory;
import dev.berth.docker.model.ImageInspect;
import dev.berth.docker.model.ImageSearchResult;
import dev.berth.docker.model.ImageSummary;
import dev.berth.docker.model.ProgressEvent;
import dev.berth.docker.model.PruneResult;
import dev.berth.docker.model.RegistryAuth;
import dev.berth.docker.model.RemovedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * {@code ImageApi} gets, makes, moves and removes images: the image endpoints of the Engine API
 * ({@code /images/...}, {@code /build}). Obtain it from {@link DockerClient#images()}. Thread-safe.
 *
 * <p>Pull, push, build, import and load stream the engine's progress to an optional listener as it arrives, and
 * block until the engine is done. An error the engine reports inside that stream (after its {@code 200}) is
 * raised as a {@link DockerException} like any other, with {@link DockerException#status()} 200.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @since 0.1.0
 * @see <a href="https://docs.docker.com/reference/api/engine/version/v1.41/#tag/Image">Engine API: Image</a>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ImageApi {

    private static final String TAR = "application/x-tar";
    private static final Consumer<ProgressEvent> IGNORE = event -> { };

    private final EngineApi engine;

    ImageApi(EngineApi engine) {
        this.engine = engine;
    }

    /**
     * Pulls an image anonymously ({@code POST /images/create?fromImage=...}).
     *
     * @param image e.g. {@code busybox:stable}; without a tag, {@code latest}
     * @throws NotFoundException when the registry has no such image
     * @throws DockerException when the registry cannot be reached or refuses
     */
    public void pull(String image) {
        pull(image, RegistryAuth.anonymous(), IGNORE);
    }

    /**
     * Pulls an image ({@code POST /images/create?fromImage=...}) with credentials sent as {@code X-Registry-Auth},
     * handing each progress message to {@code progress} as it arrives. Blocks until the pull is done.
     *
     * @param image e.g. {@code registry:5000/team/app:1.0}; without a tag or digest, {@code latest}
     * @param auth the registry credentials, or {@link RegistryAuth#anonymous()}
     * @param progress receives the progress messages
     * @throws NotFoundException when the registry has no such image
     * @throws DockerException when the registry cannot be reached or refuses, also when it says so mid-stream
     */
    public void pull(String image, RegistryAuth auth, Consumer<ProgressEvent> progress) {
        ImageReference reference = ImageReference.parse(image);
        engine.call("POST", "/images/create").query("fromImage", reference.repository()).query("tag", reference.tag())
                .header("X-Registry-Auth", RegistryAuthEncoding.header(auth))
                .progress(progress);
    }

    /**
     * Pushes an image to its registry ({@code POST /images/{name}/push}), handing each progress message to
     * {@code progress} as it arrives. Blocks until the push is done.
     *
     * @param image e.g. {@code registry:5000/team/app:1.0}
     * @param auth the registry credentials, or {@link RegistryAuth#anonymous()}
     * @param progress receives the progress messages; the last carries the pushed digest in {@code aux}
     * @throws NotFoundException when there is no such local image
     * @throws DockerException when the registry cannot be reached or refuses, also when it says so mid-stream
     */
    public void push(String image, RegistryAuth auth, Consumer<ProgressEvent> progress) {
        ImageReference reference = ImageReference.parse(image);
        engine.call("POST", "/images/" + reference.repository() + "/push").query("tag", reference.tag())
                .header("X-Registry-Auth", RegistryAuthEncoding.header(auth))
                .progress(progress);
    }

    /**
     * Gives an image another reference ({@code POST /images/{name}/tag}).
     *
     * @param image the image, by reference or id
     * @param repository e.g. {@code registry:5000/team/app}
     * @param tag e.g. {@code 1.0}
     * @throws NotFoundException when there is no such image
     */
    public void tag(String image, String repository, String tag) {
        engine.call("POST", "/images/" + image + "/tag").query("repo", repository).query("tag", tag).discard();
    }

    /**
     * Removes an image, or one of its references ({@code DELETE /images/{name}}).
     *
     * @param image a reference (removes that reference, and the image with its last one) or an id
     * @param force remove it even when stopped containers use it or it has several references
     * @param noPrune keep its untagged parents
     * @return what was untagged and deleted
     * @throws NotFoundException when there is no such image
     * @throws ConflictException when a container uses it (and {@code force} is off)
     */
    public List<RemovedImage> remove(String image, boolean force, boolean noPrune) {
        return Arrays.asList(engine.call("DELETE", "/images/" + image).flag("force", force).flag("noprune", noPrune)
                .read(RemovedImage[].class));
    }

    /**
     * Inspects an image ({@code GET /images/{name}/json}).
     *
     * @param image a reference or id
     * @return what the engine reports
     * @throws NotFoundException when there is no such image
     */
    public ImageInspect inspect(String image) {
        return engine.call("GET", "/images/" + image + "/json").read(ImageInspect.class);
    }

    /**
     * Tells whether an image is present locally (one {@code GET /images/{name}/json}).
     *
     * @param image a reference or id
     * @return whether it is there
     */
    public boolean exists(String image) {
        try {
            inspect(image);
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }

    /**
     * Lists images ({@code GET /images/json}).
     *
     * @param all include intermediate images
     * @param filters e.g. {@code reference -> [busybox]}, {@code label -> [a=b]}, {@code dangling -> [true]}
     * @return the images
     */
    public List<ImageSummary> list(boolean all, Map<String, List<String>> filters) {
        return Arrays.asList(engine.call("GET", "/images/json").flag("all", all).filters(filters).read(ImageSummary[].class));
    }

    /**
     * Reads an image's history ({@code GET /images/{name}/history}).
     *
     * @param image a reference or id
     * @return its layers, newest first
     * @throws NotFoundException when there is no such image
     */
    public List<ImageHistory> history(String image) {
        return Arrays.asList(engine.call("GET", "/images/" + image + "/history").read(ImageHistory[].class));
    }

    /**
     * Searches Docker Hub ({@code GET /images/search}); the engine must reach the registry.
     *
     * @param term what to search for
     * @param limit at most this many results, 1 or more; {@link #search(String)} keeps the engine's (25)
     * @return the repositories found
     * @throws DockerException when the engine cannot reach the registry
     */
    public List<ImageSearchResult> search(String term, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit + "; search(term) keeps the engine's");
        }
        return search(engine.call("GET", "/images/search").query("term", term).query("limit", limit));
    }

    /**
     * Searches Docker Hub with the engine's limit (25 results).
     *
     * @param term what to search for
     * @return the repositories found
     * @throws DockerException when the engine cannot reach the registry
     */
    public List<ImageSearchResult> search(String term) {
        return search(engine.call("GET", "/images/search").query("term", term));
    }

    private static List<ImageSearchResult> search(EngineCall call) {
        ImageSearchResult[] results = Json.bindSnakeCase(call.tree(), ImageSearchResult[].class);
        return results == null ? List.of() : List.of(results);
    }

    /**
     * Builds an image from a folder ({@code POST /build}): the folder is sent as the tar build context, streamed
     * as it is written. Blocks until the build is done.
     *
     * @param contextFolder the build context, with the Dockerfile
     * @param options tags, cache, build arguments, labels
     * @param output receives the build's output ({@link ProgressEvent#stream()}) as it arrives
     * @return the built image's id, {@code sha256:...}
     * @throws DockerException when the build fails (a failed step, a bad Dockerfile), with the engine's message
     */
    public String build(Path contextFolder, BuildOptions options, Consumer<ProgressEvent> output) {
        if (!Files.isDirectory(contextFolder)) {
            throw new IllegalArgumentException("The build context [" + contextFolder + "] must be an existing folder");
        }
        return build(RequestBody.writer(out -> UploadArchives.writeFolder(contextFolder, out), TAR), options, output);
    }

    /**
     * Builds an image from a tar build context ({@code POST /build}). Blocks until the build is done.
     *
     * @param tarContext the context as a tar archive (plain, gzip, bzip2 or xz), streamed to the engine
     * @param options tags, cache, build arguments, labels
     * @param output receives the build's output ({@link ProgressEvent#stream()}) as it arrives
     * @return the built image's id, {@code sha256:...}
     * @throws DockerException when the build fails (a failed step, a bad Dockerfile), with the engine's message
     */
    public String build(InputStream tarContext, BuildOptions options, Consumer<ProgressEvent> output) {
        return build(RequestBody.stream(tarContext, TAR), options, output);
    }

    private String build(RequestBody context, BuildOptions options, Consumer<ProgressEvent> output) {
        EngineCall call = engine.call("POST", "/build").query("dockerfile", options.dockerfile())
                .flag("nocache", options.noCache()).query("rm", options.remove()).flag("forcerm", options.forceRemove())
                .flag("pull", options.pull()).query("target", options.target().orElse(null))
                .query("buildargs", options.buildArgs().isEmpty() ? null : Json.writeString(options.buildArgs()))
                .query("labels", options.labels().isEmpty() ? null : Json.writeString(options.labels()));
        options.tags().forEach(tag -> call.query("t", tag));
        String[] id = {null};
        call.body(context).progress(event -> {
            if (event.aux() != null && event.aux().get("ID") != null) {
                id[0] = String.valueOf(event.aux().get("ID"));
            }
            output.accept(event);
        });
        if (id[0] == null) {
            throw StreamErrors.failure("POST", "/build", "the build ended without reporting an image id");
        }
        return id[0];
    }

    /**
     * Creates an image from a root filesystem tar ({@code POST /images/create?fromSrc=-}).
     *
     * @param rootFsTar the filesystem, e.g. what {@link ArchiveApi#export} produced, streamed to the engine
     * @param repository the new image's repository
     * @param tag its tag
     * @param changes Dockerfile instructions to apply, e.g. {@code CMD ["sh"]}
     * @return the new image's id, {@code sha256:...}
     */
    public String importImage(InputStream rootFsTar, String repository, String tag, List<String> changes) {
        return importFrom("-", RequestBody.stream(rootFsTar, TAR), repository, tag, changes);
    }

    /**
     * Creates an image from a root filesystem tar the engine downloads ({@code POST /images/create?fromSrc=URL}).
     *
     * @param sourceUrl where the engine gets the tar
     * @param repository the new image's repository
     * @param tag its tag
     * @param changes Dockerfile instructions to apply
     * @return the new image's id, {@code sha256:...}
     */
    public String importImage(String sourceUrl, String repository, String tag, List<String> changes) {
        return importFrom(Objects.requireNonNull(sourceUrl, "sourceUrl"), null, repository, tag, changes);
    }

    private String importFrom(String source, RequestBody body, String repository, String tag, List<String> changes) {
        EngineCall call = engine.call("POST", "/images/create").query("fromSrc", source).query("repo", repository).query("tag", tag);
        changes.forEach(change -> call.query("changes", change));
        String[] id = {null};
        call.body(body).progress(event -> {
            String status = event.status() == null ? "" : event.status();
            if (status.startsWith("sha256:")) {
                id[0] = status.trim();
            }
        });
        return id[0];
    }

    /**
     * Exports images with their tags and layers as one tar ({@code GET /images/get}), the format
     * {@link #load} reads; streamed as it arrives.
     *
     * @param images references or ids
     * @return the tar stream; must be closed
     * @throws NotFoundException when an image does not exist
     */
    public InputStream save(String... images) {
        EngineCall call = engine.call("GET", "/images/get");
        for (String image : images) {
            call.query("names", image);
        }
        return call.send().bodyClosingResponse();
    }

    /**
     * Loads images from a tar made by {@link #save} or {@code docker save} ({@code POST /images/load}).
     *
     * @param tar the archive, streamed to the engine
     * @return the references (or ids, for untagged images) loaded
     * @throws DockerException when the archive is not an image archive
     */
    public List<String> load(InputStream tar) {
        List<String> loaded = new ArrayList<>();
        engine.call("POST", "/images/load").body(RequestBody.stream(tar, TAR)).progress(event -> {
            String text = event.stream() == null ? "" : event.stream().trim();
            for (String prefix : List.of("Loaded image: ", "Loaded image ID: ")) {
                if (text.startsWith(prefix)) {
                    loaded.add(text.substring(prefix.length()).trim());
                }
            }
        });
        return List.copyOf(loaded);
    }

    /**
     * Removes unused images that match the filters ({@code POST /images/prune}); without {@code dangling=false}
     * only untagged ones.
     *
     * @param filters e.g. {@code label -> [a=b]}, {@code dangling -> [false]}
     * @return the deleted image ids and the space freed
     */
    public PruneResult prune(Map<String, List<String>> filters) {
        Pruned answer = engine.call("POST", "/images/prune").filters(filters).read(Pruned.class);
        List<String> deleted = new ArrayList<>();
        if (answer.imagesDeleted() != null) {
            answer.imagesDeleted().stream().filter(item -> item.deleted() != null).forEach(item -> deleted.add(item.deleted()));
        }
        return new PruneResult(deleted, answer.spaceReclaimed());
    }

    /** The answer of {@code POST /images/prune}. */
    private record Pruned(List<RemovedImage> imagesDeleted, long spaceReclaimed) {
    }
}
