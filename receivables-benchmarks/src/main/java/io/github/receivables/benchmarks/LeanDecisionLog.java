package io.github.receivables.benchmarks;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.Decision;
import io.github.receivables.reconciliation.matching.DecisionLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A decision log that keeps each line's status and keys but drops the proposals, as a host
 * whose log lives in a database keeps little on the heap. It fulfils the {@link DecisionLog}
 * contract for skipping decided lines and finding reversal originals. Not thread-safe.
 */
final class LeanDecisionLog implements DecisionLog {

    private final Map<String, Decision> current = new HashMap<>();
    private final Map<String, List<String>> byEndToEndId = new HashMap<>();
    private final Map<Money, List<String>> byAmount = new HashMap<>();

    @Override
    public Optional<Decision> find(String lineId) {
        return Optional.ofNullable(current.get(lineId));
    }

    @Override
    public void record(Decision decision) {
        Decision lean = new Decision(decision.lineId(), decision.status(),
                decision.proposals().isEmpty() ? List.of() : List.of(decision.proposals().get(0)),
                decision.keys(), decision.decidedOn(), decision.actor(),
                decision.relatedLineId());
        if (current.put(decision.lineId(), lean) != null) {
            return;
        }
        if (decision.keys().endToEndId() != null) {
            byEndToEndId.computeIfAbsent(decision.keys().endToEndId(), k -> new ArrayList<>(1))
                    .add(decision.lineId());
        }
        byAmount.computeIfAbsent(decision.keys().amount(), k -> new ArrayList<>(1))
                .add(decision.lineId());
    }

    @Override
    public List<Decision> findAppliedByEndToEndId(String endToEndId) {
        return applied(byEndToEndId.get(endToEndId));
    }

    @Override
    public List<Decision> findAppliedByAmount(Money amount) {
        return applied(byAmount.get(amount));
    }

    private List<Decision> applied(List<String> lineIds) {
        List<Decision> found = new ArrayList<>();
        if (lineIds != null) {
            for (String lineId : lineIds) {
                Decision decision = current.get(lineId);
                if (decision.status().isApplied()) {
                    found.add(decision);
                }
            }
        }
        return found;
    }
}
