package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.LedgerException;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.AllocationWriter;
import io.github.receivables.reconciliation.matching.Application;
import io.github.receivables.reconciliation.matching.ItemFlag;
import io.github.receivables.reconciliation.matching.MatchingException;
import io.github.receivables.reconciliation.matching.ProposedAllocation;
import io.github.receivables.spi.store.BankLineKeys;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.store.WriteOffRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link AllocationWriter} over the SPI {@link Stores}. Applying a line runs one {@link
 * Stores#inTransaction transaction} that inserts the line's payment (idempotent by external id,
 * which is the line id), checks the allocations, write-offs and payment adjustments against a core
 * ledger loaded with the documents, payments, allocations, write-offs and payment adjustments
 * they touch, inserts them, and stores the {@link
 * MatchDecision} (id: the line id) with the allocation ids and the line's keys. Every applied
 * line gets a decision, with no lines when it took nothing from its payment (credit note
 * netting, a write-off alone, unidentified cash), so revert and bank reversal find it too.
 * Reverting reverses those allocations and the line's write-offs and payment adjustments, and
 * moves the decision to {@link MatchStatus#UNAPPLIED}, a final status, so no later run applies
 * the line again.
 *
 * <p>Each shortfall adjustment within tolerance (a bank or provider fee, rounding, an exchange
 * difference) becomes a {@link WriteOffRecord} on its document, dated the application day, with
 * the decision id as source, so the document is settled in the stores. Customer credit and
 * unapplied cash need no row of their own: the payment keeps its full amount and the allocations
 * take only part of it, so the rest stays unapplied on the payment. {@link
 * StoreCustomerLedger} reports it as the customer's credit.
 *
 * <p>Each gain within tolerance (a line that exceeds what it settles by no more than the rounding
 * tolerance) becomes a {@link PaymentAdjustmentRecord} of the line's payment, dated the
 * application day, with the decision id as source. The gain is then neither unapplied cash nor
 * customer credit.
 *
 * <p>A {@link AllocationWriter.RevertReason#BANK_REVERSAL bank
 * reversal} also posts a {@link
 * io.github.receivables.core.ledger.PaymentAdjustmentReason#BANK_RETURNED} adjustment for all
 * that is left of the payment, because the money went back to the payer and must not count as
 * the customer's credit. A user's un-apply posts none, so the payment becomes credit again.
 *
 * <p>A flagged gap (a short payment under review) puts its document on hold in the same
 * transaction, so reminders do not dun it.
 *
 * <p>Thread-safe when the stores are; the transaction isolation of the stores decides what two
 * concurrent runs see.
 */
public final class StoreAllocationWriter implements AllocationWriter {

    /** The {@code decidedBy} of a decision the bank reversed. */
    public static final String BANK_REVERSAL_ACTOR = "matching:bank-reversal";
    /** The {@code decidedBy} of a decision a person un-applied. */
    public static final String USER_UNAPPLY_ACTOR = "matching:user-unapply";

    private final Stores stores;
    private final Clock clock;

    /**
     * Creates a writer.
     *
     * @param stores the stores and transaction boundary; never null
     * @param clock the clock that stamps decisions; never null
     */
    public StoreAllocationWriter(Stores stores, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @throws MatchingException if the core ledger rejects an allocation because it would exceed
     *     a document's open balance or the line's amount. The message names the line and the
     *     ledger's reason, and nothing is written
     * @throws io.github.receivables.spi.store.StoreException if a store operation fails; nothing
     *     is written then
     */
    @Override
    public boolean apply(Application application) {
        Objects.requireNonNull(application, "application");
        return stores.inTransaction(tx -> applyIn(tx, application));
    }

    private boolean applyIn(Stores tx, Application application) {
        String lineId = application.lineId();
        Optional<Versioned<MatchDecision>> existing = tx.matchDecisions()
                .find(StoreIds.decisionId(lineId));
        if (existing.isPresent() && existing.get().value().status() != MatchStatus.PROPOSED) {
            return false;
        }
        InsertResult<Versioned<Payment>> inserted = tx.payments()
                .insertAllIfAbsent(List.of(application.payment())).get(0);
        if (!inserted.inserted() && existing.isEmpty()) {
            return false;
        }
        Payment payment = inserted.value().value();
        List<Allocation> written = write(tx, application, payment);
        holdFlaggedDocuments(tx, application);
        MatchDecision applied = Decisions.applied(application, payment, written,
                clock.instant());
        if (existing.isPresent()) {
            tx.matchDecisions().update(confirm(existing.get().value(), applied),
                    existing.get().version());
        } else {
            tx.matchDecisions().insert(applied);
        }
        return true;
    }

    /**
     * Puts each active document with a flagged gap on hold from the application day, so reminders
     * skip it until someone clears the flag. A document already disputed, on hold, promised,
     * factored or written off keeps its status.
     */
    private static void holdFlaggedDocuments(Stores tx, Application application) {
        for (ItemFlag flag : application.proposal().flags()) {
            DocumentId id = flag.item().documentId();
            Optional<Versioned<Document>> stored = tx.documents().find(id);
            if (stored.isPresent()
                    && stored.get().value().status() instanceof CollectionStatus.Active) {
                Document onHold = stored.get().value().withStatus(
                        new CollectionStatus.OnHold(application.appliedOn(), null));
                tx.documents().update(onHold, stored.get().version());
            }
        }
    }

    /**
     * Confirms a stored proposal with what was applied: a reviewer may have edited it, so its
     * lines become the applied payment allocations. A confirmed proposal that allocates nothing
     * from the payment keeps the proposed lines. The applied keys replace the proposal's when
     * the application has them.
     */
    private MatchDecision confirm(MatchDecision proposed, MatchDecision applied) {
        List<io.github.receivables.spi.store.ProposedAllocation> lines = applied.lines().isEmpty()
                ? proposed.lines() : applied.lines();
        BankLineKeys keys = applied.lineKeys() != null ? applied.lineKeys() : proposed.lineKeys();
        MatchDecision base = new MatchDecision(proposed.id(), lines, applied.confidence(),
                applied.explanation(), proposed.status(), proposed.createdAt(), null, null,
                List.of(), keys);
        return base.decide(MatchStatus.CONFIRMED, clock.instant(), Decisions.AUTOMATIC_ACTOR)
                .withAllocations(applied.allocationIds());
    }

    /**
     * Checks the line's allocations, write-offs and gains against a ledger slice, then inserts
     * them. Returns the allocations written.
     */
    private static List<Allocation> write(Stores tx, Application application, Payment payment) {
        Map<AllocationSource, Map<DocumentId, Money[]>> bySource = group(application);
        List<WriteOffRecord> writeOffs = WriteOffs.of(application);
        List<PaymentAdjustmentRecord> gains = PaymentAdjustments.of(application, payment);
        if (bySource.isEmpty() && writeOffs.isEmpty() && gains.isEmpty()) {
            return List.of();
        }
        Set<DocumentId> targets = new LinkedHashSet<>();
        bySource.values().forEach(lines -> targets.addAll(lines.keySet()));
        writeOffs.forEach(writeOff -> targets.add(writeOff.documentId()));
        Set<AllocationSource> sources = new LinkedHashSet<>(bySource.keySet());
        if (!gains.isEmpty()) {
            sources.add(AllocationSource.payment(payment.id()));
        }
        Ledger ledger = new LedgerSlice(tx).load(targets, sources).ledger();
        List<Allocation> allocations = new ArrayList<>();
        try {
            allocations.addAll(allocate(ledger, application, bySource));
            writeOffs.forEach(writeOff -> ledger.recordWriteOff(writeOff.writeOff()));
            gains.forEach(gain -> ledger.recordPaymentAdjustment(gain.adjustment()));
        } catch (LedgerException e) {
            throw new MatchingException("line " + application.lineId() + " of payment "
                    + payment.id() + " cannot be applied: " + e.getMessage(), e);
        }
        if (!writeOffs.isEmpty()) {
            tx.writeOffs().insertAll(writeOffs);
        }
        if (!gains.isEmpty()) {
            tx.paymentAdjustments().insertAll(gains);
        }
        return allocations.isEmpty() ? List.of() : tx.allocations().insertAll(allocations);
    }

    private static List<Allocation> allocate(Ledger ledger, Application application,
            Map<AllocationSource, Map<DocumentId, Money[]>> bySource) {
        List<Allocation> allocations = new ArrayList<>();
        int sequence = 0;
        for (Map.Entry<AllocationSource, Map<DocumentId, Money[]>> source : bySource.entrySet()) {
            List<AllocationRequest> requests = new ArrayList<>();
            for (Map.Entry<DocumentId, Money[]> line : source.getValue().entrySet()) {
                AllocationId id = StoreIds.allocationId(application.lineId(), sequence++);
                requests.add(AllocationRequest.across(line.getKey(), line.getValue()[0],
                        line.getValue()[1]).withId(id));
            }
            allocations.addAll(ledger.apply(source.getKey(), application.appliedOn(), requests)
                    .allocations());
        }
        return allocations;
    }

    /** Sums the proposal's allocations per source and document: amount, then source amount. */
    private static Map<AllocationSource, Map<DocumentId, Money[]>> group(Application application) {
        Map<AllocationSource, Map<DocumentId, Money[]>> bySource = new LinkedHashMap<>();
        for (ProposedAllocation allocation : application.proposal().allocations()) {
            Map<DocumentId, Money[]> lines = bySource.computeIfAbsent(allocation.source(),
                    key -> new LinkedHashMap<>());
            lines.merge(allocation.item().documentId(),
                    new Money[] {allocation.amount(), allocation.sourceAmount()},
                    (a, b) -> new Money[] {a[0].plus(b[0]), a[1].plus(b[1])});
        }
        return bySource;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reverses every allocation of the line's decision and every write-off and payment
     * adjustment of the line that is still in force. A bank reversal then posts a {@code
     * BANK_RETURNED} adjustment for what is left of the line's payment. The decision moves to
     * {@link MatchStatus#UNAPPLIED}, with {@link #USER_UNAPPLY_ACTOR} or {@link
     * #BANK_REVERSAL_ACTOR} as {@code decidedBy}. A line with no stored decision, or one not in
     * force, returns false.
     *
     * @throws MatchingException if an allocation of the decision is missing, or the ledger
     *     rejects the {@code BANK_RETURNED} adjustment; nothing is written then
     */
    @Override
    public boolean revert(String lineId, LocalDate on, RevertReason reason) {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reason, "reason");
        return stores.inTransaction(tx -> revertIn(tx, lineId, on, reason));
    }

    private boolean revertIn(Stores tx, String lineId, LocalDate on, RevertReason reason) {
        Optional<Versioned<MatchDecision>> found = tx.matchDecisions()
                .find(StoreIds.decisionId(lineId));
        if (found.isEmpty() || !found.get().value().status().isApplied()) {
            return false;
        }
        MatchDecision decision = found.get().value();
        for (AllocationId id : decision.allocationIds()) {
            Allocation allocation = tx.allocations().find(id).orElseThrow(() ->
                    new MatchingException("allocation " + id + " of line " + lineId
                            + " is missing from the allocation store"));
            if (allocation.reversedOn() == null) {
                tx.allocations().reverse(id, on);
            }
        }
        WriteOffs.reverse(tx, lineId, on);
        PaymentAdjustments.reverse(tx, lineId, on);
        if (reason == RevertReason.BANK_REVERSAL) {
            postBankReturned(tx, lineId, on);
        }
        String actor = reason == RevertReason.BANK_REVERSAL
                ? BANK_REVERSAL_ACTOR : USER_UNAPPLY_ACTOR;
        tx.matchDecisions().update(decision.decide(MatchStatus.UNAPPLIED, clock.instant(), actor),
                found.get().version());
        return true;
    }

    private static void postBankReturned(Stores tx, String lineId, LocalDate on) {
        try {
            PaymentAdjustments.postBankReturned(tx, lineId, on);
        } catch (LedgerException e) {
            throw new MatchingException("bank reversal of line " + lineId
                    + " cannot take its payment out of the customer's credit: "
                    + e.getMessage(), e);
        }
    }
}
