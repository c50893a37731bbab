package io.github.receivables.reconciliation.csv;

/** How to read the number in a debit column when a file has separate debit and credit columns. */
public enum DebitSign {
    /**
     * The debit column holds money out as positive numbers, so the signed amount is minus the
     * value (credit minus debit). A negative value in the debit column becomes money in.
     */
    NEGATE,
    /**
     * The debit column already carries the sign from the account holder's view (money out written
     * as {@code -50,00}), so the signed amount is the value as written.
     */
    AS_WRITTEN
}
