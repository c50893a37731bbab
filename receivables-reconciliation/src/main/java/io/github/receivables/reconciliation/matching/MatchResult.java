package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of matching one bank line: exactly one of {@link Matched}, {@link Ambiguous},
 * {@link Unmatched} or {@link NotApplicable}.
 */
public sealed interface MatchResult {

    /**
     * Returns the line this result is for.
     *
     * @return the line; never null
     */
    BankLine line();

    /**
     * One proposal stands clearly above the rest.
     *
     * @param line the line; never null
     * @param proposal the winning proposal; never null
     * @param confidenceBp the confidence in basis points: the score less a penalty when the
     *     runner-up is close, 0 to 10,000
     * @param alternatives candidates that lost and why, best first; never null
     */
    record Matched(BankLine line, Proposal proposal, int confidenceBp,
            List<Alternative> alternatives) implements MatchResult {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Matched {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(proposal, "proposal");
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * Two or more proposals score too close to choose between; a person decides.
     *
     * @param line the line; never null
     * @param contenders the close proposals, best first, at least two; never null
     * @param confidenceBp the lowered confidence in basis points
     * @param alternatives further candidates that lost and why; never null
     */
    record Ambiguous(BankLine line, List<Proposal> contenders, int confidenceBp,
            List<Alternative> alternatives) implements MatchResult {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if fewer than two contenders are given
         */
        public Ambiguous {
            Objects.requireNonNull(line, "line");
            contenders = List.copyOf(contenders);
            alternatives = List.copyOf(alternatives);
            if (contenders.size() < 2) {
                throw new IllegalArgumentException("line " + line.id()
                        + " is ambiguous only with two or more contenders");
            }
        }
    }

    /**
     * No candidate scored enough to be proposed.
     *
     * @param line the line; never null
     * @param payer the customer recognized as payer without a fitting item, or null
     * @param unapplied the line's amount, all of it unapplied; never null
     * @param alternatives the candidates that were considered and why they fell short; never null
     */
    record Unmatched(BankLine line, CustomerId payer, Money unapplied,
            List<Alternative> alternatives) implements MatchResult {
        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component documented as never null is null
         */
        public Unmatched {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(unapplied, "unapplied");
            alternatives = List.copyOf(alternatives);
        }

        /**
         * Returns the customer recognized as payer.
         *
         * @return the customer, or empty when the payer is unknown
         */
        public Optional<CustomerId> findPayer() {
            return Optional.ofNullable(payer);
        }
    }

    /**
     * The line is not money to apply: pending, information only, a debit, or a reversal.
     *
     * @param line the line; never null
     * @param reason why; never null
     */
    record NotApplicable(BankLine line, Reason reason) implements MatchResult {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         */
        public NotApplicable {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a line is not applicable. */
    enum Reason {
        /** Announced but not booked; it may be booked in a later statement. */
        PENDING,
        /** Information only. */
        INFORMATION,
        /** Reverses an earlier entry; what that entry settled must be reopened. */
        REVERSAL,
        /** Money out of the account, or a zero amount. */
        NOT_A_CREDIT
    }
}
