package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.fx.ExchangeRate;
import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates an application of a payment or credit note in full before recording any of it, so a
 * rejected application leaves the ledger unchanged.
 */
final class Applier {

    private final LedgerState state;

    Applier(LedgerState state) {
        this.state = state;
    }

    Application apply(AllocationSource sourceRef, LocalDate on, List<AllocationRequest> lines) {
        SourceEntry source = state.source(sourceRef);
        checkSource(source, on);
        if (lines.isEmpty()) {
            throw new LedgerException("nothing to apply from " + source.describe()
                    + ": pass at least one allocation line");
        }
        Map<DocumentEntry, Long> perTarget = new IdentityHashMap<>();
        Set<AllocationId> ids = new HashSet<>();
        long fromSource = 0;
        for (AllocationRequest line : lines) {
            DocumentEntry target = state.document(line.target());
            checkTarget(source, target, line, on);
            checkId(line, ids);
            perTarget.merge(target, line.amount().minorUnits(), Math::addExact);
            fromSource = Math.addExact(fromSource, line.sourceAmount().minorUnits());
        }
        for (Map.Entry<DocumentEntry, Long> entry : perTarget.entrySet()) {
            checkTargetBalance(source, entry.getKey(), entry.getValue(), on);
        }
        checkSourceBalance(source, fromSource, on);
        return commit(source, on, lines);
    }

    /** Records an allocation loaded from the host's storage, validated like a new one. */
    void record(Allocation allocation) {
        AllocationRequest line = new AllocationRequest(allocation.target(), allocation.amount(),
                allocation.sourceAmount(), allocation.id());
        SourceEntry source = state.source(allocation.source());
        LocalDate on = allocation.appliedOn();
        checkSource(source, on);
        DocumentEntry target = state.document(allocation.target());
        checkTarget(source, target, line, on);
        checkId(line, new HashSet<>());
        LocalDate until = allocation.reversedOn();
        checkAvailable(source, target, Balances.availableToSettle(target, on, until),
                allocation.amount(), on);
        checkAvailable(source, Balances.availableToApply(source, on, until),
                allocation.sourceAmount(), on);
        state.commit(allocation);
    }

    private Application commit(SourceEntry source, LocalDate on, List<AllocationRequest> lines) {
        List<Allocation> created = new ArrayList<>(lines.size());
        List<ExchangeDifference> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            AllocationRequest line = lines.get(i);
            AllocationId id = line.id() != null ? line.id()
                    : state.deriveAllocationId(source.source(), line.target(), on, i);
            Allocation allocation = new Allocation(id, source.source(), line.target(),
                    line.amount(), line.sourceAmount(), on, null);
            created.add(allocation);
            if (!line.amount().currency().equals(line.sourceAmount().currency())) {
                differences.add(exchangeDifference(allocation,
                        state.document(line.target()).document));
            }
        }
        created.forEach(state::commit);
        return new Application(created, differences);
    }

    /**
     * Measures an allocation across currencies against the document's booked rate: the rate from
     * the document's currency to the source's on the document's issue date.
     */
    ExchangeDifference exchangeDifference(Allocation allocation, Document document) {
        ExchangeRate booked = state.bookedRates.require(document.currency(),
                allocation.sourceAmount().currency(), document.issueDate());
        Money bookedSource = booked.convert(allocation.amount(), state.exchangeRounding);
        return new ExchangeDifference(allocation.id(), document.id(), allocation.amount(),
                allocation.sourceAmount(), booked, bookedSource,
                allocation.sourceAmount().minus(bookedSource));
    }

    private void checkSource(SourceEntry source, LocalDate on) {
        if (source.sourceCustomer() == null) {
            throw new LedgerException(source.describe() + " has no customer yet: identify the"
                    + " payer with identifyPayment before applying it");
        }
        if (on.isBefore(source.availableFrom())) {
            throw new LedgerException("cannot apply " + source.describe() + " on " + on
                    + ", before it is available on " + source.availableFrom());
        }
    }

    private void checkTarget(SourceEntry source, DocumentEntry target, AllocationRequest line,
            LocalDate on) {
        Document document = target.document;
        if (!target.isReceivable()) {
            throw new LedgerException("document " + document.id() + " is a credit note and cannot"
                    + " be settled: apply it as the source instead");
        }
        if (!document.customerId().equals(source.sourceCustomer())) {
            throw new LedgerException("document " + document.id() + " belongs to customer "
                    + document.customerId() + " but " + source.describe() + " belongs to customer "
                    + source.sourceCustomer() + ": allocations stay within one customer");
        }
        if (!line.amount().currency().equals(document.currency())) {
            throw new LedgerException("allocation to document " + document.id() + " must be in "
                    + document.currency().getCurrencyCode() + ", the document's currency, got "
                    + line.amount() + ": pass the amount taken from the "
                    + line.amount().currency().getCurrencyCode() + " source separately");
        }
        Money sourceTotal = source.sourceTotal();
        if (!line.sourceAmount().currency().equals(sourceTotal.currency())) {
            throw new LedgerException("amount taken from " + source.describe() + " must be in "
                    + sourceTotal.currency().getCurrencyCode() + ", its currency, got "
                    + line.sourceAmount());
        }
        if (!document.currency().equals(sourceTotal.currency()) && state.bookedRates == null) {
            throw new LedgerException("allocation from " + sourceTotal.currency().getCurrencyCode()
                    + " " + source.describe() + " to " + document.currency().getCurrencyCode()
                    + " document " + document.id() + " crosses currencies: create the ledger with"
                    + " booked exchange rates to measure the exchange difference");
        }
        if (on.isBefore(document.issueDate())) {
            throw new LedgerException("cannot apply " + source.describe() + " to document "
                    + document.id() + " on " + on + ", before its issue date "
                    + document.issueDate());
        }
    }

    private void checkId(AllocationRequest line, Set<AllocationId> seen) {
        if (line.id() == null) {
            return;
        }
        if (state.allocations.containsKey(line.id()) || !seen.add(line.id())) {
            throw new LedgerException("allocation id " + line.id()
                    + " is already used: give each allocation its own id");
        }
    }

    private void checkTargetBalance(SourceEntry source, DocumentEntry target, long amount,
            LocalDate on) {
        Money requested = Money.ofMinor(amount, target.document.currency());
        checkAvailable(source, target, Balances.availableToSettle(target, on, null), requested, on);
    }

    private void checkSourceBalance(SourceEntry source, long amount, LocalDate on) {
        Money requested = Money.ofMinor(amount, source.sourceTotal().currency());
        checkAvailable(source, Balances.availableToApply(source, on, null), requested, on);
    }

    private static void checkAvailable(SourceEntry source, DocumentEntry target, long available,
            Money requested, LocalDate on) {
        if (requested.minorUnits() > available) {
            throw new LedgerException("cannot apply " + requested + " from " + source.describe()
                    + " to document " + target.document.id() + " on " + on
                    + ": its open balance from that day on is "
                    + Money.ofMinor(available, requested.currency())
                    + "; apply at most that and leave the rest unapplied");
        }
    }

    private static void checkAvailable(SourceEntry source, long available, Money requested,
            LocalDate on) {
        if (requested.minorUnits() > available) {
            Money total = source.sourceTotal();
            throw new LedgerException("cannot apply " + requested + " from " + source.describe()
                    + " on " + on + ": only " + Money.ofMinor(available, total.currency())
                    + " of its " + total + " is unapplied from that day on");
        }
    }
}
