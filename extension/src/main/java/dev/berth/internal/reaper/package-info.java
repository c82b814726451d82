/**
 * Internal: not API; may change in any release.
 *
 * <p>Removes a session's containers and networks when the JVM ends: a JVM shutdown hook for normal exits,
 * SIGINT and SIGTERM, and a watchdog process for SIGKILL. Classes here that the watchdog loads use the JDK only,
 * so the watchdog's class path is Berth's own jar. See {@code docs/cleanup.md}.
 */
package dev.berth.internal.reaper;
