package io.github.receivables.core.party;

/**
 * Size class of a company debtor, as the host's jurisdiction defines it (in Chile by annual sales
 * in UF). Some rules on payment terms and interest depend on it.
 */
public enum CompanySize {
    /** Micro enterprise. */
    MICRO,
    /** Small enterprise. */
    SMALL,
    /** Medium enterprise. */
    MEDIUM,
    /** Large enterprise. */
    LARGE,
    /** Not known, or not a company. */
    UNKNOWN
}
