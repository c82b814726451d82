package dev.berth.docker.model;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * {@code RegistryAuth} is the credentials for a registry, sent to the engine as the {@code X-Registry-Auth}
 * header of a pull or push and as the body of {@code POST /auth}. Its {@code toString} hides the secrets.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param username the user name; empty when not sent
 * @param password the password; empty when not sent
 * @param email the e-mail address; empty when not sent
 * @param serverAddress the registry, e.g. {@code registry.example.com:5000}; empty when not sent
 * @param identityToken an identity token from an earlier login (instead of user name and password); empty when not sent
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RegistryAuth(Optional<String> username, Optional<String> password, Optional<String> email,
                           Optional<String> serverAddress, Optional<String> identityToken) {

    /** Checks that no component is {@code null}. */
    public RegistryAuth {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(serverAddress, "serverAddress");
        Objects.requireNonNull(identityToken, "identityToken");
    }

    /**
     * Credentials by user name and password.
     *
     * @param username the user name
     * @param password the password
     * @param serverAddress the registry
     * @return the credentials
     */
    public static RegistryAuth of(String username, String password, String serverAddress) {
        return new RegistryAuth(Optional.of(Objects.requireNonNull(username, "username")),
                Optional.of(Objects.requireNonNull(password, "password")), Optional.empty(),
                Optional.of(Objects.requireNonNull(serverAddress, "serverAddress")), Optional.empty());
    }

    /**
     * Credentials by user name and password, without a server address (the engine's default registry).
     *
     * @param username the user name
     * @param password the password
     * @return the credentials
     */
    public static RegistryAuth of(String username, String password) {
        return new RegistryAuth(Optional.of(Objects.requireNonNull(username, "username")),
                Optional.of(Objects.requireNonNull(password, "password")), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Credentials by an identity token, as {@code POST /auth} returns it.
     *
     * @param identityToken the token
     * @param serverAddress the registry
     * @return the credentials
     */
    public static RegistryAuth ofIdentityToken(String identityToken, String serverAddress) {
        return new RegistryAuth(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Objects.requireNonNull(serverAddress, "serverAddress")),
                Optional.of(Objects.requireNonNull(identityToken, "identityToken")));
    }

    /** @return no credentials, for public images */
    public static RegistryAuth anonymous() {
        return new RegistryAuth(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return "RegistryAuth[username=" + username.orElse(null) + ", password=" + password.map(secret -> "***").orElse(null)
                + ", email=" + email.orElse(null) + ", serverAddress=" + serverAddress.orElse(null) + ", identityToken="
                + identityToken.map(secret -> "***").orElse(null) + "]";
    }
}
