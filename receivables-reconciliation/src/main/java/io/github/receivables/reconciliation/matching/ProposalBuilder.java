package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Turns a scored candidate into the allocations, adjustments, flags and credit a line would
 * write. Credit notes are netted against the receivables first. The line then pays the
 * receivables, oldest due date first. A gap within tolerance becomes an adjustment. A larger
 * shortfall is a partial or short payment, and an excess becomes customer credit.
 */
final class ProposalBuilder {

    private final BankLine line;
    private final MatchingSession session;
    private final OpenItemIndex index;
    private final MatchingConfig config;

    private final List<ProposedAllocation> allocations = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<ItemFlag> flags = new ArrayList<>();
    private final AllocationSource payment;

    ProposalBuilder(BankLine line, MatchingSession session, MatchingConfig config) {
        this.line = line;
        this.session = session;
        this.index = session.index();
        this.config = config;
        this.payment = AllocationSource.payment(PaymentId.of(line.id()));
    }

    /** Builds the proposal, or returns null when the line cannot settle these items. */
    Proposal build(Candidate candidate, Money pay) {
        List<Integer> receivables = new ArrayList<>();
        List<Integer> credits = new ArrayList<>();
        for (int position : candidate.items) {
            (item(position).kind().isReceivable() ? receivables : credits).add(position);
        }
        if (receivables.size() > 1) {
            receivables.sort(Comparator.comparing((Integer p) -> item(p).dueDate())
                    .thenComparing(p -> p));
        }
        long[] open = new long[receivables.size()];
        for (int r = 0; r < open.length; r++) {
            open[r] = session.remaining(receivables.get(r));
        }

        boolean netted = netCreditNotes(receivables, credits, open);
        Plan plan = plan(receivables, open, pay);
        if (plan == null) {
            return null;
        }

        Currency currency = pay.currency();
        payReceivables(receivables, open, pay.minorUnits() - plan.credit - plan.gain, currency);
        if (plan.gain > 0) {
            adjustments.add(new Adjustment(key(receivables.get(receivables.size() - 1)),
                    Adjustment.Kind.ROUNDING, Money.ofMinor(plan.gain, currency)));
        }
        if (!currency.equals(line.amount().currency())) {
            convertSourceAmounts();
        }

        MatchShape shape = shape(plan.shape, receivables, netted);
        CustomerId customer = index.customer(candidate.customer).id();
        Money zero = Money.zero(line.amount().currency());
        Money credit = plan.credit > 0 ? Money.ofMinor(plan.credit, currency) : zero;
        return new Proposal(line.id(), shape, customer, allocations, adjustments, flags, credit,
                zero, candidate.score, candidate.evidence, candidate.reviewRequired);
    }

    private Plan plan(List<Integer> receivables, long[] open, Money pay) {
        long needed = 0;
        for (long value : open) {
            needed += value;
        }
        Currency currency = pay.currency();
        boolean cross = !currency.equals(line.amount().currency());
        long gap = needed - pay.minorUnits();
        return gap >= 0 ? planShortfall(receivables, open, gap, currency, cross)
                : planExcess(gap, currency, cross);
    }

    /** The shape and how much of the line goes to customer credit or a rounding gain. */
    private record Plan(MatchShape shape, long credit, long gain) {}

    private boolean netCreditNotes(List<Integer> receivables, List<Integer> credits, long[] open) {
        boolean netted = false;
        for (int credit : credits) {
            long available = session.remaining(credit);
            OpenItem note = item(credit);
            for (int r = 0; r < open.length && available > 0; r++) {
                long amount = Math.min(available, open[r]);
                if (amount > 0) {
                    Money money = Money.ofMinor(amount, note.open().currency());
                    allocations.add(new ProposedAllocation(key(receivables.get(r)),
                            AllocationSource.creditNote(note.documentId()), money, money));
                    open[r] -= amount;
                    available -= amount;
                    netted = true;
                }
            }
        }
        return netted;
    }

    private Plan planShortfall(List<Integer> receivables, long[] open, long gap, Currency currency,
            boolean cross) {
        if (gap == 0) {
            return new Plan(MatchShape.ONE_TO_ONE, 0, 0);
        }
        Adjustment.Kind kind = toleratedShortfall(gap, currency, cross);
        int last = lastOpen(open);
        if (kind != null && open[last] > gap) {
            adjustments.add(new Adjustment(key(receivables.get(last)), kind,
                    Money.ofMinor(-gap, currency)));
            open[last] -= gap;
            return new Plan(MatchShape.ONE_TO_ONE, 0, 0);
        }
        if (receivables.size() == 1
                && gap * 10_000 <= (long) config.shortPaymentLimitBp() * open[0]) {
            flags.add(new ItemFlag(key(receivables.get(0)),
                    ItemFlag.Kind.SHORT_PAYMENT_UNDER_REVIEW, Money.ofMinor(gap, currency)));
            return new Plan(MatchShape.SHORT_PAYMENT, 0, 0);
        }
        return new Plan(MatchShape.PARTIAL, 0, 0);
    }

    private Adjustment.Kind toleratedShortfall(long gap, Currency currency, boolean cross) {
        Tolerance tolerance = config.tolerance(currency);
        if (cross) {
            return gap <= tolerance.exchangeMinor() ? Adjustment.Kind.EXCHANGE_DIFFERENCE : null;
        }
        Money charges = line.charges();
        if (charges != null && charges.currency().equals(currency) && charges.minorUnits() == gap
                || gap <= tolerance.bankFeeMinor()) {
            return Adjustment.Kind.BANK_FEE;
        }
        return gap <= tolerance.roundingMinor() ? Adjustment.Kind.ROUNDING : null;
    }

    private Plan planExcess(long gap, Currency currency, boolean cross) {
        long excess = -gap;
        Tolerance tolerance = config.tolerance(currency);
        if (cross) {
            return null;
        }
        if (excess <= tolerance.roundingMinor()) {
            return new Plan(MatchShape.ONE_TO_ONE, 0, excess);
        }
        return new Plan(MatchShape.OVERPAYMENT, excess, 0);
    }

    /** Pays the receivables oldest first with the money left after credit or rounding. */
    private void payReceivables(List<Integer> receivables, long[] open, long money,
            Currency currency) {
        long left = money;
        for (int r = 0; r < open.length && left > 0; r++) {
            long amount = Math.min(left, open[r]);
            if (amount > 0) {
                Money paid = Money.ofMinor(amount, currency);
                allocations.add(new ProposedAllocation(key(receivables.get(r)), payment, paid,
                        paid));
                left -= amount;
            }
        }
    }

    private void convertSourceAmounts() {
        List<Integer> paymentPositions = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            if (allocations.get(i).isFromPayment()) {
                paymentPositions.add(i);
                weights.add(allocations.get(i).amount().minorUnits());
            }
        }
        if (paymentPositions.isEmpty()) {
            return;
        }
        List<Money> shares = line.amount().allocate(weights.stream().mapToLong(Long::longValue)
                .toArray());
        for (int k = 0; k < paymentPositions.size(); k++) {
            ProposedAllocation old = allocations.get(paymentPositions.get(k));
            allocations.set(paymentPositions.get(k), new ProposedAllocation(old.item(),
                    old.source(), old.amount(), shares.get(k)));
        }
    }

    private MatchShape shape(MatchShape planned, List<Integer> receivables, boolean netted) {
        if (planned != MatchShape.ONE_TO_ONE) {
            return planned;
        }
        if (netted) {
            return MatchShape.CREDIT_NOTE_NETTING;
        }
        if (receivables.size() > 1) {
            return MatchShape.ONE_TO_MANY;
        }
        int only = receivables.get(0);
        return item(only).isPartlyPaid() || session.touched(only) ? MatchShape.MANY_TO_ONE
                : MatchShape.ONE_TO_ONE;
    }

    private static int lastOpen(long[] open) {
        for (int r = open.length - 1; r >= 0; r--) {
            if (open[r] > 0) {
                return r;
            }
        }
        return open.length - 1;
    }

    private OpenItem item(int position) {
        return index.item(position).item();
    }

    private ItemKey key(int position) {
        return index.key(position);
    }
}
