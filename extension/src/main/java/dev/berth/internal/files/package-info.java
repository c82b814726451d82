/**
 * Internal: not API; may change in any release.
 */
package dev.berth.internal.files;
