package io.github.receivables.reconciliation.sii;

/**
 * The payment terms a DTE states in its {@code IdDoc}. Every component is optional in the SII
 * schema and null when the element is absent.
 *
 * @param form how the buyer pays (FmaPago), or null
 * @param description the terms in words (TermPagoGlosa), or null
 * @param days the agreed term in calendar days (TermPagoDias), zero or more, or null
 */
public record DtePaymentTerms(PaymentForm form, String description, Integer days) {

    /** Terms of a DTE that states none. */
    public static final DtePaymentTerms NONE = new DtePaymentTerms(null, null, null);

    /**
     * Validates the term.
     *
     * @throws IllegalArgumentException if days is negative
     */
    public DtePaymentTerms {
        if (days != null && days < 0) {
            throw new IllegalArgumentException("payment term must be zero or more days, got "
                    + days);
        }
    }
}
