package io.github.receivables.spi.store;

/** The reason part of a document was written off instead of collected. */
public enum WriteOffReason {
    /** A bank or correspondent fee deducted from the customer's payment. */
    BANK_FEE,
    /** A payment provider's fee deducted from a payout. */
    PROVIDER_FEE,
    /** A rounding difference between the payment and the document. */
    ROUNDING,
    /** A difference caused by the exchange rate of a payment in another currency. */
    EXCHANGE_DIFFERENCE,
    /** A remaining balance too small to be worth collecting. */
    SMALL_BALANCE,
    /** A debt given up as uncollectible. */
    UNCOLLECTIBLE,
    /** A write-off a person posted for a reason not listed here. */
    MANUAL
}
