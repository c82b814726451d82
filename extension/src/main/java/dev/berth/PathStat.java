package dev.berth;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * {@code PathStat} describes a path inside a container, as the engine reports it in the
 * {@code X-Docker-Container-Path-Stat} header.
 *
 * @param name the base name of the path
 * @param size the size in bytes
 * @param mode the permission bits only, e.g. {@code 0755}
 * @param isDirectory whether the path is a directory
 * @param isSymbolicLink whether the path is a symbolic link
 * @param modified the modification time
 * @param linkTarget the link target as the engine reports it, {@code ""} when none
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record PathStat(String name, long size, int mode, boolean isDirectory, boolean isSymbolicLink,
                       Instant modified, String linkTarget) {

    /**
     * Returns whether the path is a regular file (neither a directory nor a symbolic link).
     *
     * @return {@code true} for a regular file
     */
    public boolean isRegularFile() {
        return !isDirectory && !isSymbolicLink;
    }
}
