package io.github.receivables.core.ledger;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.fx.ExchangeRates;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The receivables of one tenant: documents, payments, allocations, write-offs and payment
 * adjustments, from which every balance is derived as of any day. No balance is stored. The open
 * balance of a document is its total minus the allocations and write-offs in force that day. The
 * unapplied amount of a payment is its amount minus the allocations and payment adjustments in
 * force that day. The unapplied amount of a credit note is its total minus the allocations taken
 * from it.
 *
 * <p>Invariants, checked by every operation: on every day, no open balance is below zero and no
 * unapplied amount is below zero; allocations stay within one customer; an allocation never
 * applies before its source is available or its document is issued. An operation that would break
 * one throws {@link LedgerException} naming the ids and amounts, and leaves the ledger unchanged.
 * Allocations, write-offs and payment adjustments are never deleted; reversing one records the
 * day it stops counting, so reports as of earlier days still see it.
 *
 * <p>Writes and reads take time proportional to the allocations of the documents and sources they
 * touch, not to the size of the ledger; whole-ledger reports visit each fact once.
 *
 * <p>Thread safety: not thread-safe. Confine a ledger to one thread (one per tenant works well),
 * or guard every call with one lock. Concurrent reads are safe only while no thread writes and
 * after the ledger was safely published. Returned values are immutable snapshots.
 */
public final class Ledger {

    private final LedgerState state;
    private final Applier applier;
    private final ReferenceApplier references;
    private final AutoAllocator autoAllocator;
    private final PromiseEvaluator promises;
    private final PaymentAdjuster adjuster;

    /** Creates an empty ledger that rejects allocations across currencies. */
    public Ledger() {
        this(null, RoundingMode.HALF_EVEN);
    }

    /**
     * Creates an empty ledger that accepts allocations across currencies and measures each one's
     * exchange difference against the document's booked rate.
     *
     * @param bookedRates the rates the host booked documents at, or null to reject allocations
     *     across currencies. The ledger looks up the rate from the document's currency to the
     *     source's on the document's issue date
     * @param exchangeRounding how to round a document amount converted at the booked rate; never
     *     null
     */
    public Ledger(ExchangeRates bookedRates, RoundingMode exchangeRounding) {
        this.state = new LedgerState(bookedRates,
                Objects.requireNonNull(exchangeRounding, "exchangeRounding"));
        this.applier = new Applier(state);
        this.references = new ReferenceApplier(state);
        this.autoAllocator = new AutoAllocator(state, applier);
        this.promises = new PromiseEvaluator(state);
        this.adjuster = new PaymentAdjuster(state);
    }

    // ---- recording facts ------------------------------------------------------------------

    /**
     * Adds a document. Its references take effect only through {@link #applyReferences}.
     *
     * @param document the document; never null
     * @throws LedgerException if a document with the same id is already in the ledger
     */
    public void addDocument(Document document) {
        Objects.requireNonNull(document, "document");
        if (state.documents.containsKey(document.id())) {
            throw new LedgerException("document " + document.id() + " is already in the ledger");
        }
        DocumentEntry entry = new DocumentEntry(document);
        state.documents.put(document.id(), entry);
        state.customer(document.customerId()).documents.add(entry);
    }

    /**
     * Adds a payment, identified or not.
     *
     * @param payment the payment; never null
     * @throws LedgerException if a payment with the same id is already in the ledger
     */
    public void addPayment(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        if (state.payments.containsKey(payment.id())) {
            throw new LedgerException("payment " + payment.id() + " is already in the ledger");
        }
        PaymentEntry entry = new PaymentEntry(payment);
        state.payments.put(payment.id(), entry);
        if (payment.customerId() == null) {
            state.unidentified.add(entry);
        } else {
            state.customer(payment.customerId()).payments.add(entry);
        }
    }

    /**
     * Assigns a payment to the customer identified as payer.
     *
     * @param paymentId the payment; never null
     * @param customerId the payer; never null
     * @return the updated payment; never null
     * @throws LedgerException if the payment is unknown, or belongs to another customer and has
     *     allocations or adjustments, reversed ones included, since they are part of that
     *     customer's history
     */
    public Payment identifyPayment(PaymentId paymentId, CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        PaymentEntry entry = state.payment(paymentId);
        CustomerId current = entry.payment.customerId();
        if (customerId.equals(current)) {
            return entry.payment;
        }
        if (current != null) {
            if (!entry.outgoing().isEmpty()) {
                throw new LedgerException("payment " + paymentId + " belongs to customer "
                        + current + " and has allocation " + entry.outgoing().get(0).id()
                        + ": record a new payment for customer " + customerId + " instead");
            }
            if (!entry.adjustments().isEmpty()) {
                throw new LedgerException("payment " + paymentId + " belongs to customer "
                        + current + " and has adjustment " + entry.adjustments().get(0).id()
                        + ": record a new payment for customer " + customerId + " instead");
            }
            state.customer(current).payments.remove(entry);
        } else {
            state.unidentified.remove(entry);
        }
        entry.payment = entry.payment.withCustomerId(customerId);
        state.customer(customerId).payments.add(entry);
        return entry.payment;
    }

    /**
     * Changes a document's collection status: dispute, hold, promise, assignment to a factor, or
     * back to active. Statuses are current facts, not history: reports for past days use the
     * current status with its own dates.
     *
     * @param documentId the document; never null
     * @param status the new status; never null, and not written off (use {@link #writeOff})
     * @return the updated document; never null
     * @throws LedgerException if the document is unknown, the status is a write-off, or a promised
     *     amount is in another currency than the document
     */
    public Document changeStatus(DocumentId documentId, CollectionStatus status) {
        Objects.requireNonNull(status, "status");
        DocumentEntry entry = state.document(documentId);
        if (status instanceof CollectionStatus.WrittenOff) {
            throw new LedgerException("document " + documentId + " cannot be marked written off"
                    + " directly: call writeOff so the amount written off is recorded");
        }
        if (status instanceof CollectionStatus.Promised promised
                && !promised.amount().currency().equals(entry.document.currency())) {
            throw new LedgerException("promise on document " + documentId + " is in "
                    + promised.amount().currency().getCurrencyCode() + " but the document is in "
                    + entry.document.currency().getCurrencyCode());
        }
        entry.document = entry.document.withStatus(status);
        return entry.document;
    }

    /**
     * Records an allocation loaded from the host's storage, reversed or not, with the same checks
     * as {@link #apply}. Load documents and payments first.
     *
     * @param allocation the allocation; never null
     * @throws LedgerException if the allocation breaks an invariant of the ledger
     */
    public void recordAllocation(Allocation allocation) {
        applier.record(Objects.requireNonNull(allocation, "allocation"));
    }

    /**
     * Records a write-off loaded from the host's storage, reversed or not. The document's status
     * is left as stored.
     *
     * @param writeOff the write-off; never null
     * @throws LedgerException if the document is unknown or not a receivable, the currency
     *     differs, the day precedes the issue date, or the amount exceeds what is open on a day
     *     the write-off is in force
     */
    public void recordWriteOff(WriteOff writeOff) {
        Objects.requireNonNull(writeOff, "writeOff");
        DocumentEntry entry = receivable(writeOff.documentId());
        Document document = entry.document;
        if (!writeOff.amount().currency().equals(document.currency())) {
            throw new LedgerException("write-off of document " + document.id() + " must be in "
                    + document.currency().getCurrencyCode() + ", got " + writeOff.amount());
        }
        if (writeOff.on().isBefore(document.issueDate())) {
            throw new LedgerException("cannot write off document " + document.id() + " on "
                    + writeOff.on() + ", before its issue date " + document.issueDate());
        }
        long available = Balances.availableToSettle(entry, writeOff.on(),
                writeOff.reversedOn());
        if (writeOff.amount().minorUnits() > available) {
            throw new LedgerException("cannot write off " + writeOff.amount() + " of document "
                    + document.id() + " on " + writeOff.on() + ": its open balance from that day"
                    + " on is " + Money.ofMinor(available, document.currency()));
        }
        entry.writeOffs.add(writeOff);
    }

    // ---- operations -------------------------------------------------------------------------

    /**
     * Applies a payment or credit note to one or many documents on a day, each line partly or in
     * full. All lines are checked before any is recorded.
     *
     * @param source the payment or credit note; never null
     * @param on the day the allocations take effect; never null
     * @param lines the documents and amounts; never null or empty
     * @return the allocations and exchange differences recorded; never null
     * @throws LedgerException if the source or a document is unknown, or the source has no
     *     customer or another customer than a document. Also if a currency does not match, a day
     *     is out of order or an id is reused. Also if an amount exceeds the document's open
     *     balance or the source's unapplied amount on that day or any later day
     * @throws io.github.receivables.core.fx.MissingExchangeRateException if a line crosses
     *     currencies and the booked rate is missing
     */
    public Application apply(AllocationSource source, LocalDate on, List<AllocationRequest> lines) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(on, "on");
        return applier.apply(source, on, List.copyOf(lines));
    }

    /**
     * Applies a payment or credit note; see {@link #apply(AllocationSource, LocalDate, List)}.
     *
     * @param source the payment or credit note
     * @param on the day the allocations take effect
     * @param lines the documents and amounts, at least one
     * @return the allocations and exchange differences recorded
     */
    public Application apply(AllocationSource source, LocalDate on, AllocationRequest... lines) {
        return apply(source, on, List.of(lines));
    }

    /**
     * Spreads what is unapplied on a payment or credit note over the customer's open instalments
     * in the source's currency, in a settlement order, skipping disputed, factored and
     * written-off documents. What is left stays unapplied: an overpayment becomes a credit
     * balance, never a negative invoice.
     *
     * @param source the payment or credit note; never null
     * @param on the day the allocations take effect; never null
     * @param order the order in which to settle; never null
     * @return the allocations recorded, empty when nothing was open or nothing was unapplied
     * @throws LedgerException if the source is unknown, has no customer, or is not available on
     *     that day
     */
    public Application autoApply(AllocationSource source, LocalDate on, SettlementOrder order) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(order, "order");
        return autoAllocator.apply(source, on, order);
    }

    /**
     * Reverses an allocation from a day on: the document is open again and the source unapplied
     * again by the allocation's amounts. Reports as of earlier days still see the allocation.
     *
     * @param allocationId the allocation; never null
     * @param on the first day it no longer counts, on or after the day it applied; never null
     * @return the reversed allocation; never null
     * @throws LedgerException if the allocation is unknown, already reversed, or the day precedes
     *     the day it applied
     */
    public Allocation reverse(AllocationId allocationId, LocalDate on) {
        Objects.requireNonNull(on, "on");
        Allocation allocation = state.allocation(allocationId);
        if (allocation.reversedOn() != null) {
            throw new LedgerException("allocation " + allocationId + " was already reversed on "
                    + allocation.reversedOn());
        }
        if (on.isBefore(allocation.appliedOn())) {
            throw new LedgerException("cannot reverse allocation " + allocationId + " on " + on
                    + ", before it applied on " + allocation.appliedOn());
        }
        Allocation reversed = allocation.reverse(on);
        state.replace(allocation, reversed);
        return reversed;
    }

    /**
     * Gives effect to the references of a credit or debit note. A credit note that reduces or
     * cancels a receivable is allocated to it. A debit note that annuls a credit note reverses
     * that credit note's allocations and absorbs it. Calling it again changes nothing.
     *
     * @param noteId the credit or debit note; never null
     * @return the allocations created and reversed, and references to documents not in the
     *     ledger yet; never null
     * @throws LedgerException if the note is unknown, or a reference crosses customers or
     *     currencies or points at the wrong kind of document
     */
    public ReferenceResult applyReferences(DocumentId noteId) {
        return references.apply(Objects.requireNonNull(noteId, "noteId"));
    }

    /**
     * Writes off what remains open of a receivable from a day on and marks it written off.
     *
     * @param documentId the receivable; never null
     * @param on the day of the write-off; never null
     * @return the write-off recorded; never null
     * @throws LedgerException if the document is unknown, not a receivable, not issued by that
     *     day, or has nothing open from that day on
     */
    public WriteOff writeOff(DocumentId documentId, LocalDate on) {
        Objects.requireNonNull(on, "on");
        DocumentEntry entry = receivable(documentId);
        long available = Balances.availableToSettle(entry, on, null);
        if (available <= 0) {
            throw new LedgerException("document " + documentId + " has nothing open to write off"
                    + " from " + on);
        }
        WriteOff writeOff = new WriteOff(documentId,
                Money.ofMinor(available, entry.document.currency()), on);
        recordWriteOff(writeOff);
        entry.document = entry.document.withStatus(new CollectionStatus.WrittenOff(on));
        return writeOff;
    }

    /**
     * Writes off part of a receivable, such as a small difference left by a payment. The
     * collection status is unchanged.
     *
     * @param documentId the receivable; never null
     * @param amount the amount, in the document's currency, positive; never null
     * @param on the day of the write-off; never null
     * @return the write-off recorded; never null
     * @throws LedgerException as {@link #recordWriteOff} does
     */
    public WriteOff writeOff(DocumentId documentId, Money amount, LocalDate on) {
        WriteOff writeOff = new WriteOff(documentId, amount, on);
        recordWriteOff(writeOff);
        return writeOff;
    }

    /**
     * Records a payment adjustment, new or loaded from the host's storage, reversed or not. From
     * its day until its reversal, the payment's unapplied amount, and so the customer's credit
     * or the unidentified cash, is lower by its amount.
     *
     * @param adjustment the adjustment; never null
     * @throws LedgerException if the payment is unknown or the id is already in the ledger. Also
     *     if the currency differs from the payment's, or the day precedes the day the payment was
     *     received. Also if the amount exceeds the payment's unapplied amount on a day the
     *     adjustment is in force
     */
    public void recordPaymentAdjustment(PaymentAdjustment adjustment) {
        adjuster.record(Objects.requireNonNull(adjustment, "adjustment"));
    }

    /**
     * Reverses a payment adjustment from a day on: the payment is unapplied again by its amount.
     * Reports as of earlier days still see the adjustment.
     *
     * @param adjustmentId the adjustment; never null
     * @param on the first day it no longer counts, on or after its day; never null
     * @return the reversed adjustment; never null
     * @throws LedgerException if the adjustment is unknown, already reversed, or the day precedes
     *     its day
     */
    public PaymentAdjustment reversePaymentAdjustment(PaymentAdjustmentId adjustmentId,
            LocalDate on) {
        Objects.requireNonNull(adjustmentId, "adjustmentId");
        return adjuster.reverse(adjustmentId, Objects.requireNonNull(on, "on"));
    }

    // ---- balances of one document or source ---------------------------------------------------

    /**
     * Returns the open balance of a receivable at the end of a day.
     *
     * @param documentId the receivable; never null
     * @param asOf the day; never null
     * @return total minus allocations and write-offs in force, zero before the issue date;
     *     never negative
     * @throws LedgerException if the document is unknown or is a credit note
     */
    public Money openBalance(DocumentId documentId, LocalDate asOf) {
        DocumentEntry entry = receivable(documentId);
        return Money.ofMinor(Balances.open(entry, asOf), entry.document.currency());
    }

    /**
     * Returns how much of a receivable is settled at the end of a day.
     *
     * @param documentId the receivable; never null
     * @param asOf the day, on or after the issue date; never null
     * @return the settlement status; never null
     * @throws LedgerException if the document is unknown, a credit note, or not issued by then
     */
    public SettlementStatus settlementStatus(DocumentId documentId, LocalDate asOf) {
        return ItemStates.settlement(issuedReceivable(documentId, asOf), asOf);
    }

    /**
     * Returns the overall state of a receivable at the end of a day, by the rules on
     * {@link ItemState}.
     *
     * @param documentId the receivable; never null
     * @param asOf the day, on or after the issue date; never null
     * @return the state; never null
     * @throws LedgerException if the document is unknown, a credit note, or not issued by then
     */
    public ItemState itemState(DocumentId documentId, LocalDate asOf) {
        return ItemStates.of(issuedReceivable(documentId, asOf), asOf);
    }

    /**
     * Returns the unapplied amount of a payment at the end of a day.
     *
     * @param paymentId the payment; never null
     * @param asOf the day; never null
     * @return amount minus allocations and adjustments in force, zero before it was received;
     *     never negative
     * @throws LedgerException if the payment is unknown
     */
    public Money unapplied(PaymentId paymentId, LocalDate asOf) {
        PaymentEntry entry = state.payment(paymentId);
        return Money.ofMinor(Balances.unapplied(entry, asOf), entry.sourceTotal().currency());
    }

    /**
     * Returns the unapplied credit of a credit note at the end of a day.
     *
     * @param creditNoteId the credit note; never null
     * @param asOf the day; never null
     * @return total minus allocations in force, zero before its issue date; never negative
     * @throws LedgerException if the document is unknown or not a credit note
     */
    public Money unappliedCredit(DocumentId creditNoteId, LocalDate asOf) {
        SourceEntry entry = state.source(AllocationSource.creditNote(creditNoteId));
        return Money.ofMinor(Balances.unapplied(entry, asOf), entry.sourceTotal().currency());
    }

    /**
     * Returns the open balance of one instalment over time, one step per day it changed, from the
     * issue date on, as known now.
     *
     * @param documentId the receivable; never null
     * @param instalment the 0-based instalment index
     * @return the steps in date order, the first on the issue date; never empty
     * @throws LedgerException if the document is unknown or is a credit note
     * @throws IndexOutOfBoundsException if the instalment index is out of range
     */
    public List<BalanceStep> openBalanceHistory(DocumentId documentId, int instalment) {
        return BalanceHistory.of(receivable(documentId), instalment);
    }

    /**
     * Decides whether the promise to pay on a document was kept, by the rules on
     * {@link PromiseOutcome}.
     *
     * @param documentId a document whose status is {@link CollectionStatus.Promised}; never null
     * @param asOf the day; never null
     * @return pending, kept or broken; never null
     * @throws LedgerException if the document is unknown or has no promise
     */
    public PromiseOutcome promiseOutcome(DocumentId documentId, LocalDate asOf) {
        return promises.evaluate(receivable(documentId), Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Measures the exchange difference of an allocation across currencies against the document's
     * booked rate.
     *
     * @param allocationId the allocation; never null
     * @return the difference, or empty for an allocation in one currency
     * @throws LedgerException if the allocation is unknown
     * @throws io.github.receivables.core.fx.MissingExchangeRateException if the booked rate is
     *     missing
     */
    public Optional<ExchangeDifference> exchangeDifference(AllocationId allocationId) {
        Allocation allocation = state.allocation(allocationId);
        if (allocation.amount().currency().equals(allocation.sourceAmount().currency())) {
            return Optional.empty();
        }
        return Optional.of(applier.exchangeDifference(allocation,
                state.document(allocation.target()).document));
    }

    // ---- customers and portfolio ------------------------------------------------------------

    /**
     * Returns the open items of every customer at the end of a day: one per instalment with
     * something open, customers and documents in the order recorded.
     *
     * @param asOf the day; documents issued later are left out; never null
     * @return the open items; never null
     */
    public List<OpenItem> openItems(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<OpenItem> items = new ArrayList<>();
        for (CustomerEntry customer : state.customers.values()) {
            customer.documents.forEach(entry -> OpenItemDeriver.addOpenItems(entry, asOf, items));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Returns the open items of one customer at the end of a day.
     *
     * @param customerId the customer; never null
     * @param asOf the day; never null
     * @return the open items, documents in the order recorded; empty for an unknown customer
     */
    public List<OpenItem> openItems(CustomerId customerId, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<OpenItem> items = new ArrayList<>();
        CustomerEntry customer = state.customers.get(customerId);
        if (customer != null) {
            customer.documents.forEach(entry -> OpenItemDeriver.addOpenItems(entry, asOf, items));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Builds the compact table of every open item, customer credit and unidentified payment at
     * the end of a day, the input of aging and portfolio metrics.
     *
     * @param asOf the day; never null
     * @return the table; never null
     */
    public OpenItemTable openItemTable(LocalDate asOf) {
        return OpenItemDeriver.table(state, Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Returns a customer's balances in one currency at the end of a day.
     *
     * @param customerId the customer; never null
     * @param currency the currency; never null
     * @param asOf the day; never null
     * @return open, unapplied cash and unapplied credit; all zero for an unknown customer
     */
    public CustomerPosition position(CustomerId customerId, Currency currency, LocalDate asOf) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        long open = 0;
        long[] credit = {0, 0};
        CustomerEntry customer = state.customers.get(customerId);
        if (customer != null) {
            for (DocumentEntry entry : customer.documents) {
                if (entry.isReceivable() && entry.document.currency().equals(currency)) {
                    open += Balances.open(entry, asOf);
                }
            }
            credit = OpenItemDeriver.credits(customer, asOf).getOrDefault(currency, credit);
        }
        return new CustomerPosition(customerId, Money.ofMinor(open, currency),
                Money.ofMinor(credit[0], currency), Money.ofMinor(credit[1], currency));
    }

    /**
     * Returns a customer's balances in every currency it has documents or payments in.
     *
     * @param customerId the customer; never null
     * @param asOf the day; never null
     * @return one position per currency, ordered by currency code; never null
     */
    public List<CustomerPosition> positions(CustomerId customerId, LocalDate asOf) {
        List<CustomerPosition> positions = new ArrayList<>();
        CustomerEntry customer = state.customers.get(customerId);
        if (customer == null) {
            return positions;
        }
        TreeMap<String, Currency> currencies = new TreeMap<>();
        customer.documents.forEach(e -> currencies.put(
                e.document.currency().getCurrencyCode(), e.document.currency()));
        customer.payments.forEach(p -> currencies.put(
                p.sourceTotal().currency().getCurrencyCode(), p.sourceTotal().currency()));
        for (Currency currency : currencies.values()) {
            positions.add(position(customerId, currency, asOf));
        }
        return Collections.unmodifiableList(positions);
    }

    /**
     * Returns the cash received from payers not identified yet, in one currency.
     *
     * @param currency the currency; never null
     * @param asOf the day; never null
     * @return the unapplied amount of unidentified payments, adjustments in force subtracted;
     *     never null
     */
    public Money unidentifiedCash(Currency currency, LocalDate asOf) {
        long sum = 0;
        for (PaymentEntry payment : state.unidentified) {
            if (payment.sourceTotal().currency().equals(currency)) {
                sum += Balances.unapplied(payment, asOf);
            }
        }
        return Money.ofMinor(sum, currency);
    }

    /**
     * Lists the instalments settled in full during a period, as known at its end.
     *
     * @param from the first day; never null
     * @param to the last day; never null
     * @return the settlements, customers and documents in the order recorded; never null
     */
    public List<Settlement> settlements(LocalDate from, LocalDate to) {
        List<Settlement> out = new ArrayList<>();
        for (CustomerEntry customer : state.customers.values()) {
            customer.documents.forEach(e -> SettlementFinder.collect(e, from, to, out));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the instalments of one customer settled in full during a period.
     *
     * @param customerId the customer; never null
     * @param from the first day; never null
     * @param to the last day; never null
     * @return the settlements; empty for an unknown customer
     */
    public List<Settlement> settlements(CustomerId customerId, LocalDate from, LocalDate to) {
        List<Settlement> out = new ArrayList<>();
        CustomerEntry customer = state.customers.get(customerId);
        if (customer != null) {
            customer.documents.forEach(e -> SettlementFinder.collect(e, from, to, out));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns net credit sales in a currency over a period: invoices and debit notes issued in
     * it minus credit notes issued in it. Interest and fee charges are not sales.
     *
     * @param currency the currency; never null
     * @param from the first day; never null
     * @param to the last day; never null
     * @return the net sales, negative when credit notes exceed them; never null
     */
    public Money creditSales(Currency currency, LocalDate from, LocalDate to) {
        long sum = 0;
        for (DocumentEntry entry : state.documents.values()) {
            Document document = entry.document;
            boolean inPeriod = !document.issueDate().isBefore(from)
                    && !document.issueDate().isAfter(to);
            if (inPeriod && !document.kind().isCharge() && document.currency().equals(currency)) {
                sum += document.kind().sign() * document.total().minorUnits();
            }
        }
        return Money.ofMinor(sum, currency);
    }

    // ---- facts ------------------------------------------------------------------------------

    /**
     * Returns a document as currently recorded.
     *
     * @param documentId the document; never null
     * @return the document, or empty when unknown
     */
    public Optional<Document> findDocument(DocumentId documentId) {
        DocumentEntry entry = state.documents.get(documentId);
        return entry == null ? Optional.empty() : Optional.of(entry.document);
    }

    /**
     * Returns a payment as currently recorded.
     *
     * @param paymentId the payment; never null
     * @return the payment, or empty when unknown
     */
    public Optional<Payment> findPayment(PaymentId paymentId) {
        PaymentEntry entry = state.payments.get(paymentId);
        return entry == null ? Optional.empty() : Optional.of(entry.payment);
    }

    /**
     * Returns an allocation as currently recorded.
     *
     * @param allocationId the allocation; never null
     * @return the allocation, or empty when unknown
     */
    public Optional<Allocation> findAllocation(AllocationId allocationId) {
        return Optional.ofNullable(state.allocations.get(allocationId));
    }

    /**
     * Returns every allocation, reversed ones included, in the order recorded.
     *
     * @return the allocations; never null
     */
    public List<Allocation> allocations() {
        return List.copyOf(state.allocations.values());
    }

    /**
     * Returns every document as currently recorded, customers and documents in the order
     * recorded.
     *
     * @return the documents; never null
     */
    public List<Document> documents() {
        List<Document> list = new ArrayList<>(state.documents.size());
        for (CustomerEntry customer : state.customers.values()) {
            customer.documents.forEach(entry -> list.add(entry.document));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns every payment as currently recorded: identified ones by customer in the order
     * recorded, then unidentified ones.
     *
     * @return the payments; never null
     */
    public List<Payment> payments() {
        List<Payment> list = new ArrayList<>(state.payments.size());
        for (CustomerEntry customer : state.customers.values()) {
            customer.payments.forEach(entry -> list.add(entry.payment));
        }
        state.unidentified.forEach(entry -> list.add(entry.payment));
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns the allocations that settle a document, reversed ones included.
     *
     * @param documentId the document; never null
     * @return the allocations in the order recorded, empty for a credit note; never null
     * @throws LedgerException if the document is unknown
     */
    public List<Allocation> allocationsTo(DocumentId documentId) {
        return List.copyOf(state.document(documentId).incoming);
    }

    /**
     * Returns the allocations taken from a payment or credit note, reversed ones included.
     *
     * @param source the payment or credit note; never null
     * @return the allocations in the order recorded; never null
     * @throws LedgerException if the source is unknown or the document is not a credit note
     */
    public List<Allocation> allocationsFrom(AllocationSource source) {
        return List.copyOf(state.source(Objects.requireNonNull(source, "source")).outgoing());
    }

    /**
     * Returns the write-offs of a receivable.
     *
     * @param documentId the document; never null
     * @return the write-offs in the order recorded; never null
     * @throws LedgerException if the document is unknown
     */
    public List<WriteOff> writeOffs(DocumentId documentId) {
        return List.copyOf(state.document(documentId).writeOffs);
    }

    /**
     * Returns the adjustments of a payment.
     *
     * @param paymentId the payment; never null
     * @return the adjustments in the order recorded, reversed ones included; never null
     * @throws LedgerException if the payment is unknown
     */
    public List<PaymentAdjustment> paymentAdjustments(PaymentId paymentId) {
        return List.copyOf(state.payment(paymentId).adjustments());
    }

    /**
     * Returns a payment adjustment as currently recorded.
     *
     * @param adjustmentId the adjustment; never null
     * @return the adjustment, or empty when unknown
     */
    public Optional<PaymentAdjustment> findPaymentAdjustment(PaymentAdjustmentId adjustmentId) {
        return Optional.ofNullable(state.adjustments.get(adjustmentId));
    }

    /**
     * Returns the customers with documents or payments, in the order first recorded.
     *
     * @return the customer ids; never null
     */
    public List<CustomerId> customers() {
        return List.copyOf(state.customers.keySet());
    }

    /**
     * Returns a customer's documents, payments, allocations, write-offs and payment adjustments,
     * the movements of a statement of account.
     *
     * @param customerId the customer; never null
     * @return the customer's facts; empty lists for an unknown customer
     */
    public CustomerFacts facts(CustomerId customerId) {
        CustomerEntry customer = state.customers.get(customerId);
        if (customer == null) {
            return new CustomerFacts(customerId, List.of(), List.of(), List.of(), List.of(),
                    List.of());
        }
        List<Document> documents = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        List<WriteOff> writeOffs = new ArrayList<>();
        for (DocumentEntry entry : customer.documents) {
            documents.add(entry.document);
            allocations.addAll(entry.incoming);
            writeOffs.addAll(entry.writeOffs);
        }
        List<Payment> payments = new ArrayList<>();
        List<PaymentAdjustment> adjustments = new ArrayList<>();
        for (PaymentEntry entry : customer.payments) {
            payments.add(entry.payment);
            adjustments.addAll(entry.adjustments());
        }
        return new CustomerFacts(customerId, documents, payments, allocations, writeOffs,
                adjustments);
    }

    private DocumentEntry receivable(DocumentId documentId) {
        DocumentEntry entry = state.document(documentId);
        if (!entry.isReceivable()) {
            throw new LedgerException("document " + documentId + " is a "
                    + DocumentKind.CREDIT_NOTE + ": ask for its unapplied credit instead");
        }
        return entry;
    }

    private DocumentEntry issuedReceivable(DocumentId documentId, LocalDate asOf) {
        DocumentEntry entry = receivable(documentId);
        if (entry.document.issueDate().isAfter(asOf)) {
            throw new LedgerException("document " + documentId + " is issued on "
                    + entry.document.issueDate() + ", after " + asOf);
        }
        return entry;
    }
}
