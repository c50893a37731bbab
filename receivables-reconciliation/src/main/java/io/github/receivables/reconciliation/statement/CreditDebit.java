package io.github.receivables.reconciliation.statement;

/** Direction of an entry or balance from the account holder's point of view. */
public enum CreditDebit {
    /** Money into the account; a positive signed amount. */
    CREDIT,
    /** Money out of the account; a negative signed amount. */
    DEBIT
}
