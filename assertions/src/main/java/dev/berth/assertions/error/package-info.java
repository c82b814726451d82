/**
 * The failure messages of Berth's assertions, one {@code ShouldXxx} factory per message, in AssertJ's
 * {@code ErrorMessageFactory} style, for users who write their own assertions in the same words.
 * The exec messages are rendered by the same code as the extension's {@code @ExecAssert} failures, so both say the
 * same thing.
 *
 * @since 0.1.0
 */
package dev.berth.assertions.error;
