package io.github.receivables.reconciliation.statement;

/** File formats the statement readers understand. */
public enum StatementFormat {
    /** ISO 20022 bank-to-customer account report (intraday). */
    CAMT_052,
    /** ISO 20022 bank-to-customer statement (end of day). */
    CAMT_053,
    /** ISO 20022 bank-to-customer debit and credit notification. */
    CAMT_054,
    /** SWIFT MT940 customer statement. */
    MT940,
    /** SWIFT MT942 interim transaction report. */
    MT942,
    /** BAI2 cash management balance reporting file. */
    BAI2,
    /** OFX 1.x (SGML) or 2.x (XML) bank statement. */
    OFX,
    /** Delimited text with a column mapping. */
    CSV,
    /** Excel workbook (XLSX or legacy XLS) with a column mapping. */
    SPREADSHEET
}
