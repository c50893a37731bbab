package io.github.receivables.reconciliation.csv;

/** Statement facts that a {@link MetadataRule} can take from rows outside the entry table. */
public enum MetadataField {
    /** The account the statement is for (an IBAN or a domestic account number). */
    ACCOUNT,
    /** The account currency as an ISO 4217 code. */
    CURRENCY,
    /** The statement number or id. */
    STATEMENT_ID,
    /** The first day covered, parsed with the mapping's date formats. */
    FROM_DATE,
    /** The last day covered, parsed with the mapping's date formats. */
    TO_DATE,
    /** The opening booked balance, parsed with the mapping's number format. */
    OPENING_BALANCE,
    /** The closing booked balance, parsed with the mapping's number format. */
    CLOSING_BALANCE,
    /** The sum of credits the file states; checked against the entries and warned about. */
    TOTAL_CREDITS,
    /** The sum of debits the file states, as a positive number; checked against the entries. */
    TOTAL_DEBITS
}
