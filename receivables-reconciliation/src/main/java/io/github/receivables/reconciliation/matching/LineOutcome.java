package io.github.receivables.reconciliation.matching;

import java.util.Objects;
import java.util.Optional;

/**
 * What a run did with one line.
 *
 * @param line the line; never null
 * @param action what the run did; never null
 * @param result the match result, or null when the line was skipped as already decided
 * @param decision the line's decision after the run, or null for a pending or information line,
 *     which is left undecided so that its booked version is matched later
 */
public record LineOutcome(BankLine line, Action action, MatchResult result, Decision decision) {

    /** What a run did with a line. */
    public enum Action {
        /** Applied without review. */
        AUTO_APPLIED,
        /** Queued for review: a suggestion below the threshold or an ambiguous result. */
        QUEUED,
        /** Queued for review with no candidate. */
        UNMATCHED,
        /** A bank reversal whose original was reopened. */
        REVERSED,
        /** A bank reversal whose original was not found; queued for review. */
        REVERSAL_UNRESOLVED,
        /** Not money to apply (pending, information, debit); nothing recorded. */
        NOT_APPLICABLE,
        /** Already decided in an earlier run; nothing changed. */
        ALREADY_DECIDED
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if line or action is null
     */
    public LineOutcome {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(action, "action");
    }

    /**
     * Returns the match result.
     *
     * @return the result, or empty when the line was already decided
     */
    public Optional<MatchResult> findResult() {
        return Optional.ofNullable(result);
    }

    /**
     * Returns the decision after the run.
     *
     * @return the decision, or empty for a pending or information line
     */
    public Optional<Decision> findDecision() {
        return Optional.ofNullable(decision);
    }
}
