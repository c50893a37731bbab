package io.github.receivables.reconciliation.matching;

/**
 * How far, in the currency's minor units, a line may fall short of or exceed what it settles and
 * still settle it whole, with the gap posted as an {@link Adjustment}. All figures are zero or
 * more; {@link #EXACT} accepts no gap.
 *
 * @param bankFeeMinor the largest shortfall accepted as a bank fee
 * @param roundingMinor the largest shortfall or excess accepted as rounding
 * @param exchangeMinor the largest gap accepted as an exchange difference when the payer
 *     instructed the document's currency and the bank converted
 */
public record Tolerance(long bankFeeMinor, long roundingMinor, long exchangeMinor) {

    /** No gap accepted. */
    public static final Tolerance EXACT = new Tolerance(0, 0, 0);

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a figure is negative
     */
    public Tolerance {
        if (bankFeeMinor < 0 || roundingMinor < 0 || exchangeMinor < 0) {
            throw new IllegalArgumentException("tolerances must be zero or more, got fee "
                    + bankFeeMinor + ", rounding " + roundingMinor + ", exchange " + exchangeMinor);
        }
    }

    /**
     * Returns the largest shortfall any kind accepts.
     *
     * @return the largest of the three figures
     */
    public long maxShortfall() {
        return Math.max(bankFeeMinor, Math.max(roundingMinor, exchangeMinor));
    }
}
