package dev.berth.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@NoEngine
class ImageReferenceTest {

    @ParameterizedTest
    @CsvSource({
            "busybox,                          busybox,                      latest",
            "busybox:stable,                   busybox,                      stable",
            "library/busybox:1.36,             library/busybox,              1.36",
            "localhost:5000/team/app,          localhost:5000/team/app,      latest",
            "localhost:5000/team/app:2.0,      localhost:5000/team/app,      2.0",
            "app@sha256:0123abcd,              app,                          sha256:0123abcd",
            "host:5000/app:1@sha256:0123abcd,  host:5000/app:1,              sha256:0123abcd"})
    void splitsRepositoryAndTagOrDigest(String reference, String repository, String tag) {
        assertThat(ImageReference.parse(reference)).isEqualTo(new ImageReference(repository, tag));
    }
}
