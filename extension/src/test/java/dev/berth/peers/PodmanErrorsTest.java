package dev.berth.peers;

import dev.berth.docker.internal.EngineErrors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import dev.berth.docker.ConflictException;
import dev.berth.docker.DockerException;
import dev.berth.docker.NotFoundException;
import dev.berth.docker.ServerErrorException;
import org.junit.jupiter.api.Test;

/** Podman's error bodies, as its service sends them, become the exceptions Docker's would (no engine needed). */
@NoEngine
class PodmanErrorsTest {

    @Test
    void aNameInUseIsAConflictWithTheStatusPodmanSent() {
        // GIVEN Podman's answer to creating a container under a taken name
        String body = "{\"cause\":\"that name is already in use\",\"message\":\"container create: creating container storage: the"
                + " container name \\\"web\\\" is already in use by 1a2b. You have to remove that container to be able to reuse that"
                + " name: that name is already in use\",\"response\":500}";
        // WHEN mapped
        DockerException e = EngineErrors.errorOfBody(500, "POST", "/containers/create", body);
        // THEN it is a conflict, with the real status and Podman's message
        assertThat(e).isExactlyInstanceOf(ConflictException.class);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.engineMessage()).startsWith("container create: creating container storage: the container name \"web\" is already in use");
        assertThat(e).hasMessage("The Docker engine answered 500 to POST /containers/create: " + e.engineMessage());
    }

    @Test
    void aContainerInTheWrongStateIsAConflict() {
        String body = "{\"cause\":\"container state improper\",\"message\":\"can only create exec sessions on running containers:"
                + " container state improper\",\"response\":500}";
        assertThat(EngineErrors.errorOfBody(500, "POST", "/containers/1a2b/exec", body))
                .isExactlyInstanceOf(ConflictException.class)
                .hasMessage("The Docker engine answered 500 to POST /containers/1a2b/exec: can only create exec sessions on running"
                        + " containers: container state improper");
    }

    @Test
    void otherServerErrorsStayServerErrors() {
        String body = "{\"cause\":\"EOF\",\"message\":\"Decode(): EOF\",\"response\":500}";
        assertThat(EngineErrors.errorOfBody(500, "POST", "/commit", body))
                .isExactlyInstanceOf(ServerErrorException.class)
                .hasMessage("The Docker engine answered 500 to POST /commit: Decode(): EOF");
    }

    @Test
    void notFoundKeepsPodmansMessage() {
        String body = "{\"cause\":\"no such container\",\"message\":\"no container with name or ID \\\"nope\\\" found: no such"
                + " container\",\"response\":404}";
        assertThat(EngineErrors.errorOfBody(404, "GET", "/containers/nope/json", body))
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessage("The Docker engine answered 404 to GET /containers/nope/json: no container with name or ID \"nope\" found:"
                        + " no such container");
    }

    @Test
    void aCauseWithoutAMessageIsTheMessage() {
        assertThat(EngineErrors.errorOfBody(500, "DELETE", "/networks/podman", "{\"cause\":\"network is being used\",\"response\":500}"))
                .isExactlyInstanceOf(ConflictException.class)
                .hasMessage("The Docker engine answered 500 to DELETE /networks/podman: network is being used");
    }
}
