package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.reconciliation.matching.Adjustment;
import io.github.receivables.reconciliation.matching.Application;
import io.github.receivables.reconciliation.matching.Evidence;
import io.github.receivables.reconciliation.matching.ItemFlag;
import io.github.receivables.reconciliation.matching.Proposal;
import io.github.receivables.spi.store.BankLineKeys;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.ProposedAllocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps matching's proposals to the SPI's {@link MatchDecision}. */
final class Decisions {

    /** The {@code decidedBy} of a proposal that a run applied after a person confirmed it. */
    static final String AUTOMATIC_ACTOR = "matching";

    private Decisions() {}

    /**
     * Returns the decision of an applied line, with one line per payment allocation, every
     * allocation id, and the line's keys when the application has them. A line that allocated
     * nothing from its payment (unidentified cash, credit note netting or a write-off only) gets
     * a decision with no lines.
     */
    static MatchDecision applied(Application application, Payment payment,
            List<Allocation> written, Instant at) {
        List<ProposedAllocation> lines = new ArrayList<>();
        for (Allocation allocation : written) {
            if (allocation.source() instanceof AllocationSource.FromPayment) {
                lines.add(new ProposedAllocation(payment.id(), allocation.target(),
                        allocation.sourceAmount()));
            }
        }
        Proposal proposal = application.proposal();
        BankLineKeys keys = application.keys() == null ? null
                : LineKeyMapping.toStore(application.keys());
        return new MatchDecision(StoreIds.decisionId(proposal.lineId()), lines,
                confidence(proposal), explanation(proposal), MatchStatus.AUTO_APPLIED, at, null,
                null, written.stream().map(Allocation::id).toList(), keys);
    }

    /**
     * Returns a proposal waiting for review, or null when it allocates nothing from the line's
     * payment. The payment it names is stored only when the proposal is applied.
     */
    static MatchDecision proposed(Proposal proposal, Instant at) {
        PaymentId paymentId = PaymentId.of(proposal.lineId());
        List<ProposedAllocation> lines = new ArrayList<>();
        for (io.github.receivables.reconciliation.matching.ProposedAllocation allocation
                : proposal.allocations()) {
            if (allocation.isFromPayment()) {
                lines.add(new ProposedAllocation(paymentId, allocation.item().documentId(),
                        allocation.sourceAmount()));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        return new MatchDecision(StoreIds.decisionId(proposal.lineId()), lines,
                confidence(proposal), explanation(proposal), MatchStatus.PROPOSED, at, null,
                null, List.of());
    }

    static BigDecimal confidence(Proposal proposal) {
        int capped = Math.max(0, Math.min(10_000, proposal.scoreBp()));
        return BigDecimal.valueOf(capped, 4);
    }

    /**
     * Describes the proposal for a reviewer: shape, score, evidence kinds, adjustments, flags,
     * customer credit and unapplied cash. Evidence details are left out because they may contain
     * payer names.
     */
    static String explanation(Proposal proposal) {
        StringBuilder text = new StringBuilder();
        text.append(proposal.shape()).append(", score ").append(proposal.scoreBp()).append(" bp");
        for (Evidence evidence : proposal.evidence()) {
            text.append("; ").append(evidence.kind().name().toLowerCase(Locale.ROOT))
                    .append(' ').append(evidence.pointsBp()).append(" bp");
        }
        for (Adjustment adjustment : proposal.adjustments()) {
            text.append("; adjustment ").append(adjustment.kind()).append(' ')
                    .append(adjustment.amount()).append(" on ").append(adjustment.item());
        }
        for (ItemFlag flag : proposal.flags()) {
            text.append("; flag ").append(flag);
        }
        if (proposal.customerCredit().isPositive()) {
            text.append("; customer credit ").append(proposal.customerCredit());
        }
        if (proposal.unapplied().isPositive()) {
            text.append("; unapplied ").append(proposal.unapplied());
        }
        return text.length() <= MatchDecision.MAX_EXPLANATION_LENGTH ? text.toString()
                : text.substring(0, MatchDecision.MAX_EXPLANATION_LENGTH);
    }
}
