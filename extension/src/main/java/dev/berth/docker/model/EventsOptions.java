package dev.berth.docker.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code EventsOptions} selects the events {@code GET /events} streams: a time window and filters. Without
 * {@code until} the stream stays open for new events. Immutable: every {@code withX} returns a copy.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param since replay events from this instant on; empty for only new ones
 * @param until end the stream at this instant; empty to keep it open
 * @param filters e.g. {@code type -> [container]}, {@code event -> [start]}, {@code label -> [a=b]}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EventsOptions(Optional<Instant> since, Optional<Instant> until, Map<String, List<String>> filters) {

    /** Checks that no component is {@code null}; copies the filters. */
    public EventsOptions {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        filters = Map.copyOf(filters);
    }

    /** @return new events from now on, unfiltered */
    public static EventsOptions all() {
        return new EventsOptions(Optional.empty(), Optional.empty(), Map.of());
    }

    /** @param since the instant to replay from @return a copy */
    public EventsOptions withSince(Instant since) {
        return new EventsOptions(Optional.of(Objects.requireNonNull(since, "since")), until, filters);
    }

    /** @param until the instant to stop at @return a copy */
    public EventsOptions withUntil(Instant until) {
        return new EventsOptions(since, Optional.of(Objects.requireNonNull(until, "until")), filters);
    }

    /**
     * Adds a filter; several values of one name match any of them.
     *
     * @param name e.g. {@code type}, {@code event}, {@code container}, {@code label}
     * @param values the values
     * @return a copy
     */
    public EventsOptions withFilter(String name, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(filters);
        List<String> list = new ArrayList<>(copy.getOrDefault(name, List.of()));
        list.addAll(List.of(values));
        copy.put(name, List.copyOf(list));
        return new EventsOptions(since, until, copy);
    }
}
