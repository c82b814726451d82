/**
 * Internal: not API; may change in any release.
 *
 * <p>The Jupiter side of Berth: reading {@code @WithContainer} declarations into validated specs, starting each
 * scope's containers, resolving handles, failure reports and {@code @ExecAssert}. {@code dev.berth.BerthExtension}
 * only dispatches here.
 */
package dev.berth.internal.junit;
