package io.github.receivables.core.document;

/** Why a document is disputed. */
public enum DisputeReason {
    /** The customer contests the amount, goods or service directly with the seller. */
    CUSTOMER_DISPUTE,
    /** The buyer claimed the document at the tax authority (in Chile a "reclamo" in the RCV). */
    TAX_AUTHORITY_CLAIM
}
