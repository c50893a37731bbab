package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a payment provider's payout through its settlement detail. Each payout line settles the
 * item its payment reference names, with its net from the line's payment and its fee as a
 * provider-fee write-off. The net of payout lines without an item stays unapplied. An excess of
 * gross over what is open also stays unapplied, since a payout spans many customers.
 */
final class PayoutMatcher {

    private final MatchingSession session;
    private final OpenItemIndex index;

    PayoutMatcher(MatchingSession session) {
        this.session = session;
        this.index = session.index();
    }

    MatchResult match(BankLine line, PayoutSettlement settlement) {
        Money lineAmount = line.amount();
        if (!settlement.net().currency().equals(lineAmount.currency())) {
            return new MatchResult.Unmatched(line, null, lineAmount, List.of(new Alternative(
                    List.of(), 0, "payout " + settlement.payoutId() + " is in "
                    + settlement.net().currency() + ", the line in " + lineAmount.currency())));
        }
        List<ProposedAllocation> allocations = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        Map<Integer, Long> used = new HashMap<>();
        long unapplied = 0;
        int found = 0;
        PaymentId payment = PaymentId.of(line.id());
        for (PayoutLine payout : settlement.lines()) {
            int position = itemFor(payout, used);
            if (position < 0) {
                unapplied += payout.net().minorUnits();
                continue;
            }
            long open = session.remaining(position) - used.getOrDefault(position, 0L);
            long settled = Math.min(open, payout.gross().minorUnits());
            long fee = payout.fee().minorUnits();
            if (settled <= fee) {
                unapplied += payout.net().minorUnits();
                continue;
            }
            found++;
            ItemKey key = index.key(position);
            Money paid = Money.ofMinor(settled - fee, lineAmount.currency());
            allocations.add(new ProposedAllocation(key, AllocationSource.payment(payment), paid,
                    paid));
            used.merge(position, settled, Long::sum);
            if (fee > 0) {
                adjustments.add(new Adjustment(key, Adjustment.Kind.PROVIDER_FEE,
                        payout.fee().negate()));
            }
            unapplied += payout.gross().minorUnits() - settled;
        }
        return result(line, settlement, allocations, adjustments, unapplied, found);
    }

    private MatchResult result(BankLine line, PayoutSettlement settlement,
            List<ProposedAllocation> allocations, List<Adjustment> adjustments, long unapplied,
            int found) {
        Money lineAmount = line.amount();
        long difference = lineAmount.minorUnits() - settlement.net().minorUnits();
        int total = settlement.lines().size();
        int strength = (int) (10_000L * found / total);
        boolean netMatches = difference == 0;
        List<Evidence> evidence = List.of(Evidence.of(Evidence.Kind.PAYOUT_DETAIL, 10_000,
                netMatches ? strength : 0, "payout " + settlement.payoutId() + ": " + found + " of "
                + total + " payments found" + (netMatches ? ""
                        : ", net total differs from the line by " + difference + " minor units")));
        if (found == 0) {
            return new MatchResult.Unmatched(line, null, lineAmount, List.of());
        }
        long rest = unapplied + difference;
        if (rest < 0) {
            return new MatchResult.Unmatched(line, null, lineAmount, List.of(new Alternative(
                    List.of(), 0, "payout net total exceeds the line amount")));
        }
        int score = evidence.get(0).pointsBp();
        Proposal proposal = new Proposal(line.id(), MatchShape.PAYOUT, null, allocations,
                adjustments, List.of(), Money.zero(lineAmount.currency()),
                Money.ofMinor(rest, lineAmount.currency()), score, evidence, !netMatches);
        return new MatchResult.Matched(line, proposal, score, List.of());
    }

    /** Finds the receivable a payout line's reference names, preferring one open for gross. */
    private int itemFor(PayoutLine payout, Map<Integer, Long> used) {
        int best = -1;
        for (int position : index.byReference(ReferenceKeys.normalize(payout.paymentReference()))) {
            OpenItem item = index.item(position).item();
            long open = session.remaining(position) - used.getOrDefault(position, 0L);
            if (!item.kind().isReceivable() || open <= 0
                    || !item.open().currency().equals(payout.gross().currency())) {
                continue;
            }
            if (open == payout.gross().minorUnits()) {
                return position;
            }
            if (best < 0) {
                best = position;
            }
        }
        return best;
    }
}
