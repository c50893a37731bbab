package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.reconciliation.matching.ItemKey;
import java.util.Map;
import java.util.Objects;

/**
 * The expected outcome of one generated line.
 *
 * @param lineId the line; never null
 * @param shape how the line was built; never null
 * @param payments what the line's payment allocates per item, in minor units (fees and other
 *     write-offs excluded); empty when nothing should be applied; never null
 * @param creditNotes what credit notes settle per item in the same transfer; never null
 * @param reversedLineId for a reversal, the line it reverses; else null
 */
public record ExpectedOutcome(
        String lineId,
        GeneratedShape shape,
        Map<ItemKey, Long> payments,
        Map<ItemKey, Long> creditNotes,
        String reversedLineId) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     */
    public ExpectedOutcome {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(shape, "shape");
        payments = Map.copyOf(payments);
        creditNotes = Map.copyOf(creditNotes);
    }

    /**
     * Tells whether the line should settle anything.
     *
     * @return false for unknown payers and reversals
     */
    public boolean isMatchable() {
        return !payments.isEmpty();
    }
}
