package dev.berth.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import org.junit.jupiter.api.Test;

@NoEngine
class UrlEncodingTest {

    @Test
    void aSegmentEncodesWhatAPathCannotHold() {
        assertThat(UrlEncoding.segment("data 50%#1?x")).isEqualTo("data%2050%25%231%3Fx");
    }

    @Test
    void aSegmentLeavesIdsAndNamesAsTheyAre() {
        assertThat(UrlEncoding.segment("3f2a9c0d1e4b")).isEqualTo("3f2a9c0d1e4b");
        assertThat(UrlEncoding.segment("berth-net_1.a")).isEqualTo("berth-net_1.a");
    }

    @Test
    void aSegmentKeepsTheSlashesAndColonsOfImageReferences() {
        assertThat(UrlEncoding.segment("127.0.0.1:5000/team/app:1.0")).isEqualTo("127.0.0.1:5000/team/app:1.0");
    }
}
