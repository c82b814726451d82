package dev.berth.docker.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * {@code RegistryAuth} is the credentials for a registry, sent to the engine as the {@code X-Registry-Auth}
 * header of a pull or push and as the body of {@code POST /auth}. Its {@code toString} hides the secrets.
 *
 * <p>Experimental: this type follows the Docker Engine API, which keeps moving, so it may change in a minor
 * release.
 *
 * @param username the user name, or {@code null}
 * @param password the password, or {@code null}
 * @param email the e-mail address, or {@code null}
 * @param serverAddress the registry, e.g. {@code registry.example.com:5000}, or {@code null}
 * @param identityToken an identity token from an earlier login (instead of user name and password), or {@code null}
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RegistryAuth(String username, String password, String email, String serverAddress, String identityToken) {

    /**
     * Credentials by user name and password.
     *
     * @param username the user name
     * @param password the password
     * @param serverAddress the registry
     * @return the credentials
     */
    public static RegistryAuth of(String username, String password, String serverAddress) {
        return new RegistryAuth(Objects.requireNonNull(username, "username"), Objects.requireNonNull(password, "password"),
                null, serverAddress, null);
    }

    /**
     * Credentials by an identity token, as {@code POST /auth} returns it.
     *
     * @param identityToken the token
     * @param serverAddress the registry
     * @return the credentials
     */
    public static RegistryAuth ofIdentityToken(String identityToken, String serverAddress) {
        return new RegistryAuth(null, null, null, serverAddress, Objects.requireNonNull(identityToken, "identityToken"));
    }

    /** @return no credentials, for public images */
    public static RegistryAuth anonymous() {
        return new RegistryAuth(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "RegistryAuth[username=" + username + ", password=" + (password == null ? null : "***") + ", email=" + email
                + ", serverAddress=" + serverAddress + ", identityToken=" + (identityToken == null ? null : "***") + "]";
    }
}
