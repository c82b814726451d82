/**
 * The failure messages of Berth's assertions, one {@code ShouldXxx} factory per message, in AssertJ's
 * {@code ErrorMessageFactory} style, for users who write their own assertions in the same words.
 * {@link dev.berth.assertions.error.ExecMessages} renders the exec messages without AssertJ, so that the extension's
 * {@code @ExecAssert} can say the same thing.
 *
 * @since 0.1.0
 */
package dev.berth.assertions.error;

import dev.berth.ExecMessages;
