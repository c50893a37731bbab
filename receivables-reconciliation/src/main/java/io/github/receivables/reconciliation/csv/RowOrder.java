package io.github.receivables.reconciliation.csv;

/**
 * The order of entry rows in a file. It decides which row's running balance is the closing
 * balance and in which direction running balances are checked.
 */
public enum RowOrder {
    /** The first data row is the oldest booking; the last row's balance is the closing balance. */
    OLDEST_FIRST,
    /** The first data row is the newest booking; its balance is the closing balance. */
    NEWEST_FIRST
}
