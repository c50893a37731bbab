package io.github.receivables.reconciliation.matching;

import java.util.Objects;

/**
 * One reason why a candidate fits a bank line, with its contribution to the score. All figures
 * are integer basis points (10,000 = 100%) so that scores are exact and reproducible.
 *
 * @param kind what was compared; never null
 * @param weightBp the most this kind of evidence can add, from {@link ScoringWeights}
 * @param strengthBp how well it fits, 0 to 10,000 (10,000 for an exact match)
 * @param pointsBp what it adds to the score: {@code weightBp * strengthBp / 10000}, rounded down
 * @param detail a short description without personal data, such as
 *     {@code "reference RF18539007547034 equals item reference"}; never null
 */
public record Evidence(Kind kind, int weightBp, int strengthBp, int pointsBp, String detail) {

    /** The kinds of evidence the scorer weighs. */
    public enum Kind {
        /** A reference in the line equals the item's number or one of its references. */
        REFERENCE_EXACT,
        /** A reference in the line is one edit away from, or a truncation of, an item key. */
        REFERENCE_FUZZY,
        /** The payer's tax id (given by the bank or found in the text) is the customer's. */
        PAYER_TAX_ID,
        /** The payer's account is known or was learned to belong to the customer. */
        PAYER_ACCOUNT,
        /** The payer's name resembles the customer's name or was learned for it. */
        PAYER_NAME,
        /** The payer's normalized name equals the normalized name of exactly one customer. */
        PAYER_NAME_UNIQUE,
        /** The amount equals what is open. */
        AMOUNT_EXACT,
        /** The amount differs from what is open by no more than a configured tolerance. */
        AMOUNT_WITHIN_TOLERANCE,
        /** The amount equals the sum of several open items (subset sum). */
        AMOUNT_SUBSET,
        /** The amount is below what is open: a partial or short payment. */
        AMOUNT_PARTIAL,
        /** The amount exceeds what is open: the excess becomes customer credit. */
        AMOUNT_OVERPAID,
        /** The line's date is close to the due date or to a promised payment date. */
        DATE_PROXIMITY,
        /** A payment provider's settlement detail lists the items this payout settles. */
        PAYOUT_DETAIL,
        /** The search stopped at its budget, so the result is only a suggestion. */
        SEARCH_BUDGET_EXHAUSTED
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if kind or detail is null
     * @throws IllegalArgumentException if strength is outside 0 to 10,000
     */
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (strengthBp < 0 || strengthBp > 10_000) {
            throw new IllegalArgumentException("evidence " + kind + " has strength " + strengthBp
                    + " bp outside 0 to 10000");
        }
    }

    /**
     * Creates evidence whose points are weight times strength.
     *
     * @param kind what was compared
     * @param weightBp the weight in basis points
     * @param strengthBp the strength in basis points, 0 to 10,000
     * @param detail a description without personal data
     * @return the evidence
     */
    public static Evidence of(Kind kind, int weightBp, int strengthBp, String detail) {
        return new Evidence(kind, weightBp, strengthBp,
                (int) ((long) weightBp * strengthBp / 10_000), detail);
    }
}
