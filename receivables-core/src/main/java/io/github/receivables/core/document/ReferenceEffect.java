package io.github.receivables.core.document;

/** What a document does to the document it references. */
public enum ReferenceEffect {
    /** A credit note lowers the referenced document's balance by the credit note's total. */
    REDUCES_AMOUNT,
    /** A credit note cancels the referenced document whole (SII reference code 1). */
    CANCELS,
    /** A debit note annuls a credit note, restoring what that credit note took off. */
    ANNULS_CREDIT,
    /** A correction of text only (SII reference code 2); no effect on amounts. */
    CORRECTS_TEXT,
    /** The reference is informational only. */
    INFORMATIONAL
}
