package dev.berth.samples.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ContainerHandle;
import dev.berth.samples.kv.KvClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sample 2: a second test class sharing the same service container. */
@ExtendWith(KvService.class)
class KvClientDeleteTest {

    @Test
    void deleteRemovesTheKey(KvClient kv) throws Exception {
        kv.put("temporary", "x");
        kv.delete("temporary");
        assertThat(kv.get("temporary")).isEmpty();
    }

    @Test
    void everyClassSeesTheSameContainer(ContainerHandle service, KvClient kv) throws Exception {
        kv.put("shared-marker", "1");
        assertThat(service.readFile("/data/shared-marker")).isEqualTo("1");
        assertThat(service.labels()).containsEntry("dev.berth.managed", "true");
    }
}
