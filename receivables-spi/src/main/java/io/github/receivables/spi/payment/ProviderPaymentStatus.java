package io.github.receivables.spi.payment;

/** A payment's status as a provider reports it. */
public enum ProviderPaymentStatus {
    /** The provider confirms the money was captured; only this status becomes a payment. */
    CONFIRMED,
    /** Started but not finished, such as awaiting the bank's authorization. */
    PENDING,
    /** Rejected or abandoned. */
    FAILED,
    /** Captured and later returned to the payer. */
    REFUNDED
}
