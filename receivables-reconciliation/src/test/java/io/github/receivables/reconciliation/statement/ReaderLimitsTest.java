package io.github.receivables.reconciliation.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReaderLimitsTest {

    @Test
    void defaultsKeepThousandWarnings() {
        assertEquals(1_000, ReaderLimits.DEFAULTS.maxWarnings());
    }

    @Test
    void withMaxWarningsKeepsOtherLimits() {
        ReaderLimits limits = ReaderLimits.DEFAULTS.withMaxDepth(5).withMaxWarnings(7);
        assertEquals(7, limits.maxWarnings());
        assertEquals(5, limits.maxDepth());
        assertEquals(ReaderLimits.DEFAULTS.maxEntries(), limits.maxEntries());
    }

    @Test
    void zeroMaxWarningsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ReaderLimits.DEFAULTS.withMaxWarnings(0));
        assertTrue(error.getMessage().contains("maxWarnings"), error.getMessage());
    }
}
