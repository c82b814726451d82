package dev.berth.internal.reaper;

import dev.berth.docker.DockerClient;
import dev.berth.docker.internal.transport.EndpointDiscovery;
import dev.berth.docker.internal.transport.EngineEndpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where an engine is, in a form that travels as command-line arguments to the watchdog process.
 *
 * @param host {@code unix:///path} or {@code tcp://host:port}
 * @param certPath the TLS material folder, or {@code ""}
 * @param tls whether TCP connections use TLS
 * @param verify whether the server certificate is verified
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record WatchdogTarget(String host, String certPath, boolean tls, boolean verify) {

    /*
     * equals and hashCode written out: the record's generated ones link through invokedynamic the first time they
     * run, and this record is the session guard's key on every JVM's way to its first container.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof WatchdogTarget a && host.equals(a.host) && certPath.equals(a.certPath) && tls == a.tls
                && verify == a.verify;
    }

    @Override
    public int hashCode() {
        return ((host.hashCode() * 31 + certPath.hashCode()) * 31 + Boolean.hashCode(tls)) * 31 + Boolean.hashCode(verify);
    }

    /** @return the address of an endpoint */
    public static WatchdogTarget of(EngineEndpoint endpoint) {
        return new WatchdogTarget(endpoint.host(), endpoint.certPath() == null ? "" : endpoint.certPath().toString(),
                endpoint.tls(), endpoint.verify());
    }

    /**
     * The address of a client's engine, from {@link DockerClient#endpoint()}: {@code unix://..}, {@code tcp://..}
     * or {@code tcp+tls://..}. For TLS, the environment's certificate settings apply when it names the same
     * engine, else {@code ~/.docker} with verification.
     *
     * @return the address
     */
    public static WatchdogTarget of(DockerClient docker) {
        String endpoint = docker.endpoint();
        if (!endpoint.startsWith("tcp+tls://")) {
            return new WatchdogTarget(endpoint, "", false, false);
        }
        String host = "tcp://" + endpoint.substring("tcp+tls://".length());
        try {
            EngineEndpoint environment = EndpointDiscovery.fromEnvironment().discover();
            if (environment.host().equals(host)) {
                return of(environment);
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the docker CLI's default certificate folder
        }
        return new WatchdogTarget(host, "", true, true);
    }

    /** @return the endpoint for this address */
    public EngineEndpoint endpoint() {
        return new EngineEndpoint(host, certPath.isEmpty() ? null : Path.of(certPath), tls, verify, "the Berth session");
    }

    List<String> toArgs() {
        return List.of(host, certPath.isEmpty() ? "-" : certPath, Boolean.toString(tls), Boolean.toString(verify));
    }

    static WatchdogTarget fromArgs(String[] args, int from) {
        return new WatchdogTarget(args[from], args[from + 1].equals("-") ? "" : args[from + 1],
                Boolean.parseBoolean(args[from + 2]), Boolean.parseBoolean(args[from + 3]));
    }
}
