package io.github.receivables.core.ledger;

/** How a payment arrived. */
public enum PaymentMethod {
    /** A bank transfer or deposit read from a bank statement. */
    BANK_TRANSFER,
    /** A card or online payment confirmed by a payment provider. */
    PAYMENT_PROVIDER,
    /** A cheque. */
    CHEQUE,
    /** Cash. */
    CASH,
    /** Any other way. */
    OTHER
}
