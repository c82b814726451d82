package dev.berth;

import org.apiguardian.api.API;

/**
 * {@code BerthException} is the root of every exception Berth throws for a container, an exec or the engine.
 *
 * <p>Messages follow one rule: they say what happened, to which container (name, image, short id), what was
 * expected, and what to do about it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class BerthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given message.
     *
     * @param message what happened and what to do
     */
    public BerthException(String message) {
        super(message);
    }

    /**
     * Creates an exception with the given message and cause.
     *
     * @param message what happened and what to do
     * @param cause the underlying failure
     */
    public BerthException(String message, Throwable cause) {
        super(message, cause);
    }
}
