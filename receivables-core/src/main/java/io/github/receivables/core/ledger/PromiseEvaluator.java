package io.github.receivables.core.ledger;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Decides whether a promise to pay was kept, by the rules on {@link PromiseOutcome}. */
final class PromiseEvaluator {

    private final LedgerState state;

    PromiseEvaluator(LedgerState state) {
        this.state = state;
    }

    PromiseOutcome evaluate(DocumentEntry entry, LocalDate asOf) {
        if (!(entry.document.status() instanceof CollectionStatus.Promised promise)) {
            throw new LedgerException("document " + entry.document.id() + " has no promise to pay:"
                    + " its collection status is " + entry.document.status());
        }
        long openWhenMade = Balances.open(entry, promise.madeOn());
        long target = Math.min(promise.amount().minorUnits(), openWhenMade);
        long paid = 0;
        LocalDate keptOn = null;
        for (PaymentCredit credit : credits(entry, promise, asOf)) {
            paid += credit.amount();
            if (keptOn == null && paid >= target) {
                keptOn = credit.receivedOn();
            }
        }
        Money targetMoney = Money.ofMinor(target, entry.document.currency());
        Money paidMoney = Money.ofMinor(paid, entry.document.currency());
        if (paid >= target) {
            return new PromiseOutcome.Kept(targetMoney, paidMoney,
                    keptOn != null ? keptOn : promise.madeOn());
        }
        if (!asOf.isAfter(promise.dueBy())) {
            return new PromiseOutcome.Pending(targetMoney, paidMoney, promise.dueBy());
        }
        return new PromiseOutcome.Broken(targetMoney, paidMoney, targetMoney.minus(paidMoney),
                promise.dueBy());
    }

    private record PaymentCredit(LocalDate receivedOn, long amount) {}

    /**
     * Lists allocations to the document in force on the day from payments received between the
     * promise and its last day, oldest payment first.
     */
    private List<PaymentCredit> credits(DocumentEntry entry, CollectionStatus.Promised promise,
            LocalDate asOf) {
        List<PaymentCredit> credits = new ArrayList<>();
        for (Allocation allocation : entry.incoming) {
            if (!(allocation.source() instanceof AllocationSource.FromPayment fromPayment)
                    || !allocation.isEffectiveOn(asOf)) {
                continue;
            }
            LocalDate received = state.payment(fromPayment.paymentId()).payment.receivedOn();
            boolean inWindow = !received.isBefore(promise.madeOn())
                    && !received.isAfter(promise.dueBy()) && !received.isAfter(asOf);
            if (inWindow) {
                credits.add(new PaymentCredit(received, allocation.amount().minorUnits()));
            }
        }
        credits.sort(Comparator.comparing(PaymentCredit::receivedOn));
        return credits;
    }
}
