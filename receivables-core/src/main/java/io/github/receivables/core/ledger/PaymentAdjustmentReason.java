package io.github.receivables.core.ledger;

/** The reason part of a payment no longer counts as the customer's unapplied cash. */
public enum PaymentAdjustmentReason {
    /**
     * The payment exceeded the documents it settled by a rounding difference within the
     * matching tolerance: income of the creditor, not a credit of the customer.
     */
    ROUNDING_GAIN,
    /**
     * A payment in another currency exceeded the documents it settled because of the exchange
     * rate, within the matching tolerance.
     */
    EXCHANGE_GAIN,
    /** The bank returned the money to the payer, so it never stayed with the creditor. */
    BANK_RETURNED,
    /** An adjustment a person posted for a reason not listed here. */
    MANUAL
}
