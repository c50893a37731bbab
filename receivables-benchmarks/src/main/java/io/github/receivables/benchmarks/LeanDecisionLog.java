package io.github.receivables.benchmarks;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.Decision;
import io.github.receivables.reconciliation.matching.DecisionLog;
import io.github.receivables.reconciliation.matching.Proposal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision log that keeps what skipping decided lines and finding reversal originals need,
 * as a host whose log lives in a database keeps little on the heap. Per line it stores the
 * status, the keys and, for an applied line, the applied proposal without its evidence. It drops
 * the proposals of queued lines and the evidence, which only a review screen reads. Not
 * thread-safe.
 *
 * <p>The indexes map a key to one line id, or to a list of line ids when several lines share it,
 * so that the usual unique end-to-end id costs one map entry.
 */
final class LeanDecisionLog implements DecisionLog {

    private final Map<String, Decision> current = new HashMap<>();
    private final Map<String, Object> byEndToEndId = new HashMap<>();
    private final Map<Money, Object> byAmount = new HashMap<>();

    @Override
    public Optional<Decision> find(String lineId) {
        return Optional.ofNullable(current.get(lineId));
    }

    @Override
    public void record(Decision decision) {
        List<Proposal> storedProposals = decision.status().isApplied()
                ? decision.findProposal().map(LeanDecisionLog::withoutEvidence).stream().toList()
                : List.of();
        Decision lean = new Decision(decision.lineId(), decision.status(), storedProposals,
                decision.keys(), decision.decidedOn(), decision.actor(),
                decision.relatedLineId());
        if (current.put(decision.lineId(), lean) != null) {
            return;
        }
        if (decision.keys().endToEndId() != null) {
            index(byEndToEndId, decision.keys().endToEndId(), decision.lineId());
        }
        index(byAmount, decision.keys().amount(), decision.lineId());
    }

    private static Proposal withoutEvidence(Proposal proposal) {
        return new Proposal(proposal.lineId(), proposal.shape(), proposal.customerId(),
                proposal.allocations(), proposal.adjustments(), proposal.flags(),
                proposal.customerCredit(), proposal.unapplied(), proposal.scoreBp(), List.of(),
                proposal.reviewRequired());
    }

    /** Maps a key to the line id alone, and to a list once a second line shares the key. */
    private static <K> void index(Map<K, Object> index, K key, String lineId) {
        index.merge(key, lineId, (existing, added) -> {
            List<String> lineIds = existing instanceof String single
                    ? new ArrayList<>(List.of(single)) : castList(existing);
            lineIds.add(lineId);
            return lineIds;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object lineIds) {
        return (List<String>) lineIds;
    }

    @Override
    public List<Decision> findAppliedByEndToEndId(String endToEndId) {
        return applied(byEndToEndId.get(endToEndId));
    }

    @Override
    public List<Decision> findAppliedByAmount(Money amount) {
        return applied(byAmount.get(amount));
    }

    private List<Decision> applied(Object lineIds) {
        List<Decision> found = new ArrayList<>();
        if (lineIds instanceof String single) {
            addIfApplied(found, single);
        } else if (lineIds != null) {
            castList(lineIds).forEach(lineId -> addIfApplied(found, lineId));
        }
        return found;
    }

    private void addIfApplied(List<Decision> found, String lineId) {
        Decision decision = current.get(lineId);
        if (decision.status().isApplied()) {
            found.add(decision);
        }
    }
}
