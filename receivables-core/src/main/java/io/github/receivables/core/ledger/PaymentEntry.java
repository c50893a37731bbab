package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A payment inside the ledger with the allocations and adjustments taken from it. */
final class PaymentEntry implements SourceEntry {

    Payment payment;
    private final List<Allocation> outgoing = new ArrayList<>(1);
    private final List<PaymentAdjustment> adjustments = new ArrayList<>(0);

    PaymentEntry(Payment payment) {
        this.payment = payment;
    }

    @Override
    public AllocationSource source() {
        return AllocationSource.payment(payment.id());
    }

    @Override
    public Money sourceTotal() {
        return payment.amount();
    }

    @Override
    public LocalDate availableFrom() {
        return payment.receivedOn();
    }

    @Override
    public CustomerId sourceCustomer() {
        return payment.customerId();
    }

    @Override
    public List<Allocation> outgoing() {
        return outgoing;
    }

    @Override
    public List<PaymentAdjustment> adjustments() {
        return adjustments;
    }

    @Override
    public String describe() {
        return "payment " + payment.id();
    }
}
