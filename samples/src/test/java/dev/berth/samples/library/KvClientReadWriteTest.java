package dev.berth.samples.library;

import static dev.berth.assertions.BerthAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.samples.kv.KvClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sample 2: the library's own tests against the real service. */
@ExtendWith(KvService.class)
class KvClientReadWriteTest {

    @Test
    void storesAndReadsBack(KvClient kv) throws Exception {
        kv.put("greeting", "hello");
        assertThat(kv.get("greeting")).contains("hello");
    }

    @Test
    void missingKeysAreEmpty(KvClient kv) throws Exception {
        assertThat(kv.get("never-written")).isEmpty();
    }

    @Test
    void valuesLandInTheServiceDataDirectory(KvClient kv, ContainerHandle service) throws Exception {
        kv.put("stored", "on disk");
        assertThat(service).file("/data/stored").isRegularFile().hasContent("on disk");
    }
}
