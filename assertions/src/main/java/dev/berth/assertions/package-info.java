/**
 * AssertJ assertions for Berth: {@link dev.berth.assertions.BerthAssertions#assertThat(dev.berth.ExecResult)} for exec
 * results, {@link dev.berth.assertions.BerthAssertions#assertThat(dev.berth.ContainerHandle)} for containers and the
 * files in them, and {@link dev.berth.assertions.BerthSoftAssertions} to collect failures.
 *
 * @since 0.1.0
 */
package dev.berth.assertions;
