package io.github.receivables.reconciliation.sii;

/** Origin of the totals of a {@link DteDocument}. */
public enum TotalsSource {
    /** Read from the DTE's {@code Totales} element, as the SII schema requires. */
    DECLARED,
    /**
     * Computed from the detail lines, global discounts and the 19% VAT rate because the file has
     * no {@code Totales} element (unsigned drafts written by invoicing software do this).
     */
    COMPUTED_FROM_LINES
}
