package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.receivables.spi.notification.SendResult;

/** Checks shared by the tests that expect a permanent failure. */
final class PermanentFailureCheck {

    private PermanentFailureCheck() {}

    static void assertReasonHides(SendResult result, String address) {
        SendResult.PermanentFailure failure =
                assertInstanceOf(SendResult.PermanentFailure.class, result);
        assertFalse(failure.reason().contains(address), failure.reason());
    }
}
