package io.github.receivables.spi.store;

import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A match of payments to documents as the matching engine proposed it, and what became of it.
 * One decision may apply one payment to several documents, or several payments to one document.
 *
 * @param id the identifier; never null
 * @param lines what to apply; never null. Empty only for a decision that is not {@link
 *     MatchStatus#PROPOSED} and applied nothing from a payment: matching stores such a decision
 *     for a bank line that settled documents by credit notes or write-offs alone, or stayed
 *     unidentified cash, so the line can still be reverted and found by its keys
 * @param confidence the engine's confidence from 0 to 1, at most 4 fraction digits; never null
 * @param explanation why the engine proposed it, for the reviewer, without account numbers;
 *     never null, may be empty, at most 4000 characters
 * @param status the decision's status; never null
 * @param createdAt when it was proposed or auto-applied; never null
 * @param decidedAt when a person last decided on it, or null
 * @param decidedBy who decided, as the host names its users, or null
 * @param allocationIds the allocations created when it was applied; never null, empty until then
 * @param lineKeys the keys of the bank line the decision came from, or null when the caller
 *     stored none. A reversal of that line finds the decision by them
 */
public record MatchDecision(
        MatchDecisionId id,
        List<ProposedAllocation> lines,
        BigDecimal confidence,
        String explanation,
        MatchStatus status,
        Instant createdAt,
        Instant decidedAt,
        String decidedBy,
        List<AllocationId> allocationIds,
        BankLineKeys lineKeys) {

    /** The maximum explanation length every store accepts, in characters. */
    public static final int MAX_EXPLANATION_LENGTH = 4000;

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException if a proposal has no lines, the confidence is outside 0
     *     to 1 or has more than 4 fraction digits, the explanation is too long, or only one of decidedAt
     *     and decidedBy is set
     */
    public MatchDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        allocationIds = List.copyOf(allocationIds);
        if (lines.isEmpty() && status == MatchStatus.PROPOSED) {
            throw new IllegalArgumentException("proposed match decision " + id
                    + " has no lines; a proposal must name at least one payment allocation");
        }
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0
                || confidence.stripTrailingZeros().scale() > 4) {
            throw new IllegalArgumentException("match decision " + id + " has confidence "
                    + confidence.toPlainString() + "; expected 0 to 1 with at most 4 decimals");
        }
        if (explanation.length() > MAX_EXPLANATION_LENGTH) {
            throw new IllegalArgumentException("match decision " + id + " has an explanation of "
                    + explanation.length() + " characters; the limit is " + MAX_EXPLANATION_LENGTH);
        }
        if ((decidedAt == null) != (decidedBy == null)) {
            throw new IllegalArgumentException("match decision " + id
                    + " needs both decidedAt and decidedBy, or neither");
        }
    }

    /**
     * Creates a decision without bank line keys, as decisions were before they carried them.
     *
     * @param id the identifier; never null
     * @param lines what to apply; never null, and not empty for a proposal
     * @param confidence the engine's confidence from 0 to 1; never null
     * @param explanation why the engine proposed it; never null
     * @param status the decision's status; never null
     * @param createdAt when it was proposed or auto-applied; never null
     * @param decidedAt when a person last decided on it, or null
     * @param decidedBy who decided, or null
     * @param allocationIds the allocations created when it was applied; never null
     * @throws NullPointerException if a component documented as never null is null
     * @throws IllegalArgumentException on the same invalid values as the canonical constructor
     */
    public MatchDecision(MatchDecisionId id, List<ProposedAllocation> lines,
            BigDecimal confidence, String explanation, MatchStatus status, Instant createdAt,
            Instant decidedAt, String decidedBy, List<AllocationId> allocationIds) {
        this(id, lines, confidence, explanation, status, createdAt, decidedAt, decidedBy,
                allocationIds, null);
    }

    /**
     * Returns the keys of the bank line the decision came from.
     *
     * @return the keys, or empty when none were stored
     */
    public Optional<BankLineKeys> findLineKeys() {
        return Optional.ofNullable(lineKeys);
    }

    /**
     * Returns the payments the decision applies, each once, in the order of the lines.
     *
     * @return the payment ids; never null
     */
    public List<PaymentId> paymentIds() {
        return lines.stream().map(ProposedAllocation::paymentId).distinct().toList();
    }

    /**
     * Returns the decision moved to another status by a person.
     *
     * @param next the new status
     * @param at when the person decided
     * @param by who decided
     * @return the updated decision
     * @throws IllegalStateException if {@link MatchStatus#canMoveTo} forbids the move
     */
    public MatchDecision decide(MatchStatus next, Instant at, String by) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("match decision " + id + " cannot move from "
                    + status + " to " + next);
        }
        return new MatchDecision(id, lines, confidence, explanation, next, createdAt, at, by,
                allocationIds, lineKeys);
    }

    /**
     * Returns the decision with the allocations created when it was applied.
     *
     * @param created the allocation ids
     * @return the updated decision
     */
    public MatchDecision withAllocations(List<AllocationId> created) {
        return new MatchDecision(id, lines, confidence, explanation, status, createdAt, decidedAt,
                decidedBy, created, lineKeys);
    }

    /**
     * Returns the decision with the keys of the bank line it came from, keeping everything else.
     *
     * @param keys the keys, or null to remove them
     * @return the updated decision
     */
    public MatchDecision withLineKeys(BankLineKeys keys) {
        return new MatchDecision(id, lines, confidence, explanation, status, createdAt, decidedAt,
                decidedBy, allocationIds, keys);
    }
}
