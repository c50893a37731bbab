package io.github.receivables.reconciliation.matching;

/** Where a line stands after matching and review. */
public enum DecisionStatus {
    /** Applied without review because its confidence reached the threshold. */
    AUTO_APPLIED,
    /** Applied after a person confirmed it. */
    CONFIRMED,
    /** Waiting for a person: a suggestion below the threshold, or an ambiguous result. */
    QUEUED,
    /** No candidate fitted; waiting for a person. */
    UNMATCHED,
    /** A person rejected the proposal; nothing is applied. */
    REJECTED,
    /** A person undid an application; it is never applied again automatically. */
    USER_UNAPPLIED,
    /** The bank reversed the payment; what it settled was reopened. */
    REVERSED_BY_BANK,
    /** A reversal line whose original was found and reopened. */
    REVERSAL_APPLIED,
    /** A reversal line whose original was not found or not applied; waiting for a person. */
    REVERSAL_UNRESOLVED;

    /**
     * Tells whether the line's proposal is written to the ledger and in force.
     *
     * @return true for {@link #AUTO_APPLIED} and {@link #CONFIRMED}
     */
    public boolean isApplied() {
        return this == AUTO_APPLIED || this == CONFIRMED;
    }

    /**
     * Tells whether a person must act on the line.
     *
     * @return true for {@link #QUEUED}, {@link #UNMATCHED} and {@link #REVERSAL_UNRESOLVED}
     */
    public boolean awaitsReview() {
        return this == QUEUED || this == UNMATCHED || this == REVERSAL_UNRESOLVED;
    }
}
