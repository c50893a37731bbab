package io.github.receivables.core.party;

/** Legal situation of a debtor that changes what collection may do. */
public enum LegalStatus {
    /** No legal proceeding known. */
    NONE,
    /** The creditor has sued; extrajudicial contact must stop. */
    SUED,
    /** The debtor is in an insolvency or bankruptcy procedure; contact must stop. */
    INSOLVENT
}
