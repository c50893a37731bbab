package io.github.receivables.reconciliation.matching.memory;

import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.PayoutSettlement;
import io.github.receivables.reconciliation.matching.SettlementSource;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@link SettlementSource} over settlement details held in memory: a line is a payout when a
 * word of its remittance text or its end-to-end id is a known payout id. Immutable and
 * thread-safe.
 */
public final class InMemorySettlementSource implements SettlementSource {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<String, PayoutSettlement> byPayoutId = new HashMap<>();

    /**
     * Creates the source.
     *
     * @param settlements the settlement details; never null
     * @throws IllegalArgumentException if two details share a payout id
     */
    public InMemorySettlementSource(Collection<PayoutSettlement> settlements) {
        for (PayoutSettlement settlement : settlements) {
            String key = ReferenceKeys.normalize(settlement.payoutId());
            if (byPayoutId.putIfAbsent(key, settlement) != null) {
                throw new IllegalArgumentException("payout id " + settlement.payoutId()
                        + " appears twice; pass each payout once");
            }
        }
    }

    @Override
    public Optional<PayoutSettlement> find(BankLine line) {
        if (line.endToEndId() != null) {
            PayoutSettlement byId = byPayoutId.get(ReferenceKeys.normalize(line.endToEndId()));
            if (byId != null) {
                return Optional.of(byId);
            }
        }
        for (String word : WHITESPACE.split(line.remittance())) {
            PayoutSettlement found = byPayoutId.get(ReferenceKeys.normalize(word));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
