package io.github.receivables.core.document;

/**
 * What a document does to the customer's balance. Interest and fees are charges of their own, so
 * a payment of the principal alone leaves them visibly open.
 */
public enum DocumentKind {
    /** An invoice or receipt: the customer owes its total. */
    INVOICE(1, false),
    /** A debit note: the customer owes more, or a credit note is annulled. */
    DEBIT_NOTE(1, false),
    /** A credit note: the customer owes less. */
    CREDIT_NOTE(-1, false),
    /** Late interest charged on an overdue item. */
    INTEREST_CHARGE(1, true),
    /** A collection fee or fixed compensation charged on an overdue item. */
    FEE_CHARGE(1, true);

    private final int sign;
    private final boolean charge;

    DocumentKind(int sign, boolean charge) {
        this.sign = sign;
        this.charge = charge;
    }

    /**
     * Tells whether the customer owes this document's amount (as opposed to a credit note).
     *
     * @return true for invoices, debit notes and charges
     */
    public boolean isReceivable() {
        return sign > 0;
    }

    /**
     * Tells whether this is an interest or fee charge.
     *
     * @return true for charges
     */
    public boolean isCharge() {
        return charge;
    }

    /**
     * Returns the effect on the customer's balance: +1 raises what is owed, -1 lowers it.
     *
     * @return +1 or -1
     */
    public int sign() {
        return sign;
    }
}
