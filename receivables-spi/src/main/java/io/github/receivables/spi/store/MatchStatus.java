package io.github.receivables.spi.store;

import java.util.EnumSet;
import java.util.Set;

/** The status of a match decision. */
public enum MatchStatus {
    /** Proposed and waiting for a person's review. */
    PROPOSED,
    /** Applied without review because its confidence was above the threshold. */
    AUTO_APPLIED,
    /** Applied after a person confirmed it, or confirmed after it was auto-applied. */
    CONFIRMED,
    /** Rejected by a person; never applied. */
    REJECTED,
    /** Applied once and undone by a person; its allocations are reversed. */
    UNAPPLIED;

    /**
     * Tells whether a decision may move from this status to another: a proposal is confirmed or
     * rejected, an auto-applied decision is confirmed or undone, a confirmed one may be undone.
     *
     * @param next the status after the move
     * @return true if the move is allowed
     */
    public boolean canMoveTo(MatchStatus next) {
        return successors().contains(next);
    }

    /**
     * Tells whether the decision's allocations are in force.
     *
     * @return true for auto-applied and confirmed
     */
    public boolean isApplied() {
        return this == AUTO_APPLIED || this == CONFIRMED;
    }

    private Set<MatchStatus> successors() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(CONFIRMED, REJECTED);
            case AUTO_APPLIED -> EnumSet.of(CONFIRMED, UNAPPLIED);
            case CONFIRMED -> EnumSet.of(UNAPPLIED);
            case REJECTED, UNAPPLIED -> EnumSet.noneOf(MatchStatus.class);
        };
    }
}
