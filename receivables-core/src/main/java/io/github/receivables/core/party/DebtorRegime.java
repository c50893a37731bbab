package io.github.receivables.core.party;

/**
 * Whether a debtor is a consumer or a company. Collection contact rules and late interest differ:
 * in Chile consumer debt collection is limited by consumer protection law, and company invoices
 * follow the invoice payment term law.
 */
public enum DebtorRegime {
    /** A natural person buying for private use. */
    CONSUMER,
    /** A business, public body or other organization. */
    COMPANY
}
