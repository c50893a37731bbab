package io.github.receivables.core.ledger;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.List;

/** A payment or credit note inside the ledger, with the allocations taken from it. */
interface SourceEntry {

    /** Returns the allocation source that names this entry. */
    AllocationSource source();

    /** Returns the full amount the source brings, in its currency. */
    Money sourceTotal();

    /** Returns the first day the source's money can be applied. */
    LocalDate availableFrom();

    /** Returns the customer, or null for a payment not identified yet. */
    CustomerId sourceCustomer();

    /** Returns the allocations taken from this source, reversed ones included. */
    List<Allocation> outgoing();

    /**
     * Returns the adjustments taken from this source, reversed ones included. Only payments have
     * them.
     */
    default List<PaymentAdjustment> adjustments() {
        return List.of();
    }

    /** Returns a short description for error messages, such as {@code payment P-1}. */
    String describe();
}
