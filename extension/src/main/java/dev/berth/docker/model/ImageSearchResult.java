package dev.berth.docker.model;

import org.apiguardian.api.API;

/**
 * {@code ImageSearchResult} is one repository found by {@code GET /images/search}.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param name the repository
 * @param description its description
 * @param starCount its stars
 * @param isOfficial whether it is an official image
 * @param isAutomated whether it is an automated build
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImageSearchResult(String name, String description, int starCount, boolean isOfficial, boolean isAutomated) {
}
