package io.github.receivables.reconciliation.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current decision on one bank line.
 *
 * @param lineId the line; never null
 * @param status where the line stands; never null
 * @param proposals the applied proposal first for an applied line; the suggestion or the
 *     ambiguous contenders, best first, for a queued line; never null, possibly empty
 * @param keys the line's lookup keys; never null
 * @param decidedOn the day of the decision; never null
 * @param actor who decided: {@link #AUTOMATIC} or the reviewer's user id; never null
 * @param relatedLineId for a reversal, the original line; for a reversed line, the reversal
 *     line; else null
 */
public record Decision(
        String lineId,
        DecisionStatus status,
        List<Proposal> proposals,
        LineKeys keys,
        LocalDate decidedOn,
        String actor,
        String relatedLineId) {

    /** The actor of decisions taken by matching itself. */
    public static final String AUTOMATIC = "matching";

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     */
    public Decision {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(status, "status");
        proposals = List.copyOf(proposals);
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * Returns the first proposal: the applied one, or the best suggestion.
     *
     * @return the proposal, or empty when there is none
     */
    public Optional<Proposal> findProposal() {
        return proposals.isEmpty() ? Optional.empty() : Optional.of(proposals.get(0));
    }

    /**
     * Returns a copy with another status, actor, day and related line, keeping the proposals.
     *
     * @param newStatus the new status; never null
     * @param on the day; never null
     * @param by the actor; never null
     * @param related the related line, or null
     * @return the new decision
     */
    public Decision with(DecisionStatus newStatus, LocalDate on, String by, String related) {
        return new Decision(lineId, newStatus, proposals, keys, on, by, related);
    }
}
