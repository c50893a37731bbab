package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.List;

/** Records and reverses payment adjustments with the checks {@link Ledger} promises. */
final class PaymentAdjuster {

    private final LedgerState state;

    PaymentAdjuster(LedgerState state) {
        this.state = state;
    }

    void record(PaymentAdjustment adjustment) {
        PaymentEntry entry = state.payment(adjustment.paymentId());
        Payment payment = entry.payment;
        if (state.adjustments.containsKey(adjustment.id())) {
            throw new LedgerException("payment adjustment " + adjustment.id()
                    + " is already in the ledger");
        }
        if (!adjustment.amount().currency().equals(payment.amount().currency())) {
            throw new LedgerException("adjustment " + adjustment.id() + " of payment "
                    + payment.id() + " must be in "
                    + payment.amount().currency().getCurrencyCode() + ", got "
                    + adjustment.amount());
        }
        if (adjustment.on().isBefore(payment.receivedOn())) {
            throw new LedgerException("cannot adjust payment " + payment.id() + " on "
                    + adjustment.on() + ", before it was received on " + payment.receivedOn());
        }
        long available = Balances.availableToApply(entry, adjustment.on(),
                adjustment.reversedOn());
        if (adjustment.amount().minorUnits() > available) {
            throw new LedgerException("cannot adjust " + adjustment.amount() + " of payment "
                    + payment.id() + " on " + adjustment.on() + " with adjustment "
                    + adjustment.id() + ": only " + Money.ofMinor(available,
                            payment.amount().currency())
                    + " of its " + payment.amount() + " is unapplied from that day on");
        }
        state.adjustments.put(adjustment.id(), adjustment);
        entry.adjustments().add(adjustment);
    }

    PaymentAdjustment reverse(PaymentAdjustmentId id, LocalDate on) {
        PaymentAdjustment adjustment = state.adjustments.get(id);
        if (adjustment == null) {
            throw new LedgerException("payment adjustment " + id + " is not in the ledger");
        }
        if (adjustment.reversedOn() != null) {
            throw new LedgerException("payment adjustment " + id + " was already reversed on "
                    + adjustment.reversedOn());
        }
        if (on.isBefore(adjustment.on())) {
            throw new LedgerException("cannot reverse payment adjustment " + id + " on " + on
                    + ", before it applied on " + adjustment.on());
        }
        PaymentAdjustment reversed = adjustment.reverse(on);
        state.adjustments.put(id, reversed);
        List<PaymentAdjustment> list = state.payment(adjustment.paymentId()).adjustments();
        list.set(list.indexOf(adjustment), reversed);
        return reversed;
    }
}
