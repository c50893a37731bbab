package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.util.Objects;

/**
 * Settings of an {@link OfxReader}. Immutable.
 *
 * @param limits the size bounds of a read; {@link ReaderLimits#maxFieldLength()} bounds every tag
 *     and value, {@link ReaderLimits#maxDepth()} the element nesting; never null
 */
public record OfxOptions(ReaderLimits limits) {

    /** Default limits. */
    public static final OfxOptions DEFAULTS = new OfxOptions(ReaderLimits.DEFAULTS);

    /**
     * Validates the components.
     *
     * @throws NullPointerException if limits is null
     */
    public OfxOptions {
        Objects.requireNonNull(limits, "limits");
    }
}
