package io.github.receivables.core.aging;

/** The date from which an item's age is counted. */
public enum AgingBasis {
    /** Days past the due date: negative or zero while not yet due. */
    DUE_DATE,
    /** Days since the issue date. */
    ISSUE_DATE
}
