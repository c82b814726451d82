package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code AuthResult} is the engine's answer to a successful {@code POST /auth} (registry login).
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param status e.g. {@code Login Succeeded}
 * @param identityToken a token to use instead of the password from now on, or {@code null}/empty
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AuthResult(String status, String identityToken) {
}
