package dev.berth.docker.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.NoEngine;
import dev.berth.docker.model.RegistryAuth;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

@NoEngine
class RegistryAuthEncodingTest {

    @Test
    void theHeaderIsPaddedBase64UrlOfTheAuthConfigJson() {
        // GIVEN a password whose encoding needs the URL alphabet and padding
        RegistryAuth auth = RegistryAuth.of("me", "??>>~", "registry.example:5000");
        // WHEN encoded
        String header = RegistryAuthEncoding.header(auth);
        // THEN it is base64url with padding, of the docker CLI's lower-case JSON
        assertThat(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(header))).containsAnyOf("+", "/");
        assertThat(header).doesNotContain("+", "/").endsWith("==");
        assertThat(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8))
                .isEqualTo("{\"username\":\"me\",\"password\":\"??>>~\",\"serveraddress\":\"registry.example:5000\"}");
    }

    @Test
    void anonymousIsAnEmptyObject() {
        assertThat(RegistryAuthEncoding.header(RegistryAuth.anonymous())).isEqualTo("e30=");
    }

    @Test
    void anIdentityTokenTakesThePasswordsPlace() {
        assertThat(RegistryAuthEncoding.body(RegistryAuth.ofIdentityToken("tok", "reg")))
                .containsExactly(java.util.Map.entry("serveraddress", "reg"), java.util.Map.entry("identitytoken", "tok"));
    }

    @Test
    void toStringHidesTheSecrets() {
        assertThat(RegistryAuth.of("me", "secret", "reg").toString())
                .isEqualTo("RegistryAuth[username=me, password=***, email=null, serverAddress=reg, identityToken=null]");
    }
}
