package io.github.receivables.core.ledger;

import static io.github.receivables.core.ledger.LedgerOperations.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LedgerProperties {

    @Provide
    Arbitrary<List<LedgerOperations.Op>> operations() {
        return LedgerOperations.sequences(1, 40);
    }

    @Provide
    Arbitrary<List<LedgerOperations.Op>> longOperations() {
        return LedgerOperations.sequences(15, 40);
    }

    @Property(tries = 1000)
    void noOperationSequenceDrivesBalanceBelowZero(
            @ForAll("operations") List<LedgerOperations.Op> ops) {
        Ledger ledger = new Ledger();
        LedgerOperations.State state = new LedgerOperations.State();
        for (LedgerOperations.Op op : ops) {
            Snapshot before = Snapshot.of(ledger);
            try {
                LedgerOperations.runOne(ledger, op, state);
            } catch (LedgerException rejected) {
                assertEquals(before, Snapshot.of(ledger), "rejected " + op + " changed the ledger");
            }
        }

        for (int offset = -1; offset <= 62; offset++) {
            LocalDate day = BASE.plusDays(offset);
            assertBalancesInRange(ledger, state, day);
        }
    }

    @Property(tries = 1000)
    void paymentEqualsAllocationsAdjustmentsAndUnapplied(
            @ForAll("operations") List<LedgerOperations.Op> ops) {
        Ledger ledger = new Ledger();
        LedgerOperations.State state = new LedgerOperations.State();
        for (LedgerOperations.Op op : ops) {
            try {
                LedgerOperations.runOne(ledger, op, state);
            } catch (LedgerException ignored) {
                // A rejected operation is part of a random sequence; the other property checks it.
            }
        }
        for (int offset = 0; offset <= 62; offset++) {
            LocalDate day = BASE.plusDays(offset);
            for (PaymentId id : state.payments) {
                assertPaymentConserved(ledger, id, day);
            }
        }
    }

    private static void assertPaymentConserved(Ledger ledger, PaymentId id, LocalDate day) {
        Payment payment = ledger.findPayment(id).orElseThrow();
        if (payment.receivedOn().isAfter(day)) {
            return;
        }
        long applied = 0;
        for (Allocation allocation : ledger.allocationsFrom(AllocationSource.payment(id))) {
            if (allocation.isEffectiveOn(day)) {
                applied += allocation.sourceAmount().minorUnits();
            }
        }
        long adjusted = 0;
        for (PaymentAdjustment adjustment : ledger.paymentAdjustments(id)) {
            if (adjustment.isEffectiveOn(day)) {
                adjusted += adjustment.amount().minorUnits();
            }
        }
        long unapplied = ledger.unapplied(id, day).minorUnits();
        assertTrue(unapplied >= 0, "payment " + id + " unapplied " + unapplied + " on " + day);
        assertEquals(payment.amount().minorUnits(), applied + adjusted + unapplied,
                "payment " + id + " on " + day);
    }

    @Property(tries = 1000)
    void applyThenReverseRestoresEveryBalance(
            @ForAll("longOperations") List<LedgerOperations.Op> ops,
            @ForAll @IntRange(min = 0, max = 60) int offset,
            @ForAll @LongRange(min = 1, max = 200_000) long amount,
            @ForAll @IntRange(min = 0, max = 50) int pick) {
        Ledger ledger = new Ledger();
        LedgerOperations.State state = new LedgerOperations.State();
        for (LedgerOperations.Op op : ops) {
            try {
                LedgerOperations.runOne(ledger, op, state);
            } catch (LedgerException ignored) {
                // Builds a random starting state; rejections are expected here.
            }
        }
        LocalDate day = BASE.plusDays(offset);
        List<String> before = balances(ledger, state);
        int allocationsBefore = ledger.allocations().size();
        if (!applyWithin(ledger, state, day, amount, pick)) {
            return;
        }
        List<Allocation> created = List.copyOf(ledger.allocations().subList(allocationsBefore,
                ledger.allocations().size()));
        assertTrue(!created.isEmpty());
        for (Allocation allocation : created) {
            ledger.reverse(allocation.id(), allocation.appliedOn());
        }

        assertEquals(before, balances(ledger, state));
    }

    /**
     * Applies one payment or credit note to one receivable for at most what is open and unapplied
     * on the day. It tries the pairs in an order set by {@code pick} and returns false when no
     * pair accepts money.
     */
    private static boolean applyWithin(Ledger ledger, LedgerOperations.State state,
            LocalDate day, long amount, int pick) {
        List<AllocationSource> sources = new ArrayList<>();
        state.payments.forEach(id -> sources.add(AllocationSource.payment(id)));
        state.creditNotes.forEach(id -> sources.add(AllocationSource.creditNote(id)));
        int targets = state.receivables.size();
        for (int s = 0; s < sources.size(); s++) {
            AllocationSource source = sources.get((s + pick) % sources.size());
            long unapplied = unapplied(ledger, source, day);
            for (int t = 0; t < targets && unapplied > 0; t++) {
                var target = state.receivables.get((t + pick) % targets);
                long clamped = Math.min(amount,
                        Math.min(ledger.openBalance(target, day).minorUnits(), unapplied));
                if (clamped <= 0) {
                    continue;
                }
                try {
                    ledger.apply(source, day, AllocationRequest.of(target,
                            Money.ofMinor(clamped, LedgerOperations.CLP)));
                    return true;
                } catch (LedgerException rejected) {
                    // Another customer's document, or money taken on a later day: try the next.
                }
            }
        }
        return false;
    }

    private static long unapplied(Ledger ledger, AllocationSource source, LocalDate day) {
        if (source instanceof AllocationSource.FromPayment payment) {
            return ledger.unapplied(payment.paymentId(), day).minorUnits();
        }
        return ledger.unappliedCredit(((AllocationSource.FromCreditNote) source).creditNoteId(),
                day).minorUnits();
    }

    private static void assertBalancesInRange(Ledger ledger, LedgerOperations.State state,
            LocalDate day) {
        for (var id : state.receivables) {
            Document document = ledger.findDocument(id).orElseThrow();
            long open = ledger.openBalance(id, day).minorUnits();
            assertTrue(open >= 0, id + " open " + open + " on " + day);
            assertTrue(open <= document.total().minorUnits(), id + " open above total on " + day);
        }
        for (var id : state.creditNotes) {
            long unapplied = ledger.unappliedCredit(id, day).minorUnits();
            assertTrue(unapplied >= 0, id + " unapplied " + unapplied + " on " + day);
        }
        for (PaymentId id : state.payments) {
            long unapplied = ledger.unapplied(id, day).minorUnits();
            assertTrue(unapplied >= 0, id + " unapplied " + unapplied + " on " + day);
        }
        for (OpenItem item : ledger.openItems(day)) {
            assertTrue(item.open().isPositive(), "open item " + item);
        }
    }

    /** Lists every derived balance on every day of the test range, as text for a readable diff. */
    private static List<String> balances(Ledger ledger, LedgerOperations.State state) {
        List<String> lines = new ArrayList<>();
        for (int offset = -1; offset <= 62; offset++) {
            LocalDate day = BASE.plusDays(offset);
            state.receivables.forEach(id -> lines.add(id + "@" + day + "="
                    + ledger.openBalance(id, day)));
            state.creditNotes.forEach(id -> lines.add(id + "@" + day + "="
                    + ledger.unappliedCredit(id, day)));
            state.payments.forEach(id -> lines.add(id + "@" + day + "="
                    + ledger.unapplied(id, day)));
            for (CustomerId customer : ledger.customers()) {
                lines.add(customer + "@" + day + "="
                        + ledger.position(customer, LedgerOperations.CLP, day));
            }
        }
        return lines;
    }

    /** The facts a rejected operation must leave untouched. */
    private record Snapshot(List<Allocation> allocations, List<CustomerFacts> facts) {
        static Snapshot of(Ledger ledger) {
            List<CustomerFacts> facts = new ArrayList<>();
            for (CustomerId customer : ledger.customers()) {
                facts.add(ledger.facts(customer));
            }
            return new Snapshot(ledger.allocations(), facts);
        }
    }
}
