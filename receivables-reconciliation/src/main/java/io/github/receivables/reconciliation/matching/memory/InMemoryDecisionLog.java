package io.github.receivables.reconciliation.matching.memory;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.Decision;
import io.github.receivables.reconciliation.matching.DecisionLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link DecisionLog} in memory, keeping the current decision per line and the full history.
 * Not thread-safe.
 */
public final class InMemoryDecisionLog implements DecisionLog {

    private final Map<String, Decision> current = new LinkedHashMap<>();
    private final List<Decision> history = new ArrayList<>();
    private final Map<String, List<String>> byEndToEndId = new HashMap<>();
    private final Map<Money, List<String>> byAmount = new HashMap<>();
    private final Map<String, List<String>> byBankReference = new HashMap<>();

    /** Creates an empty log. */
    public InMemoryDecisionLog() {}

    @Override
    public Optional<Decision> find(String lineId) {
        return Optional.ofNullable(current.get(lineId));
    }

    @Override
    public void record(Decision decision) {
        if (current.put(decision.lineId(), decision) != null) {
            history.add(decision);
            return;
        }
        history.add(decision);
        String endToEndId = decision.keys().endToEndId();
        if (endToEndId != null) {
            byEndToEndId.computeIfAbsent(endToEndId, k -> new ArrayList<>(1))
                    .add(decision.lineId());
        }
        byAmount.computeIfAbsent(decision.keys().amount(), k -> new ArrayList<>(1))
                .add(decision.lineId());
        String bankReference = decision.keys().bankReference();
        if (bankReference != null) {
            byBankReference.computeIfAbsent(bankReference, k -> new ArrayList<>(1))
                    .add(decision.lineId());
        }
    }

    @Override
    public List<Decision> findAppliedByEndToEndId(String endToEndId) {
        return applied(byEndToEndId.get(endToEndId));
    }

    @Override
    public List<Decision> findAppliedByBankReference(String bankReference) {
        return applied(byBankReference.get(bankReference));
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

    /**
     * Returns the current decisions in the order lines were first decided.
     *
     * @return a copy; never null
     */
    public List<Decision> decisions() {
        return List.copyOf(current.values());
    }

    /**
     * Returns every decision recorded, oldest first.
     *
     * @return a copy; never null
     */
    public List<Decision> history() {
        return List.copyOf(history);
    }
}
