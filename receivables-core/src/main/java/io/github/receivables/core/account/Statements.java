package io.github.receivables.core.account;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.CustomerFacts;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds statements of account from a ledger. Within a day, lines come in this order: documents,
 * credit notes, payments, allocations, reversals, write-offs, write-off reversals, payment
 * adjustments, payment adjustment reversals, each in the order recorded. Stateless and thread-safe; the ledger must not change while a statement is built.
 */
public final class Statements {

    private Statements() {}

    private record Movement(LocalDate date, MovementKind kind, int sequence, String reference,
            Document document, PaymentId paymentId, Allocation allocation, Money amount,
            Money change) {}

    /**
     * Builds a customer's statement in one currency for a period.
     *
     * @param ledger the ledger; never null
     * @param customerId the customer; never null
     * @param currency the currency; never null
     * @param from the first day; never null
     * @param to the last day, on or after from; never null
     * @return the statement; never null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static StatementOfAccount of(Ledger ledger, CustomerId customerId, Currency currency,
            LocalDate from, LocalDate to) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(currency, "currency");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends " + to + " before it starts "
                    + from);
        }
        CustomerFacts facts = ledger.facts(customerId);
        List<Movement> movements = movements(facts, currency, from, to);
        movements.sort(Comparator.comparing(Movement::date)
                .thenComparing(Movement::kind)
                .thenComparingInt(Movement::sequence));
        Money opening = ledger.position(customerId, currency, from.minusDays(1)).net();
        Money balance = opening;
        List<StatementLine> lines = new ArrayList<>(movements.size());
        for (Movement m : movements) {
            balance = balance.plus(m.change());
            lines.add(new StatementLine(m.date(), m.kind(), m.reference(),
                    m.document() == null ? null : m.document().id(), m.paymentId(),
                    m.allocation() == null ? null : m.allocation().id(), m.amount(), m.change(),
                    balance));
        }
        Money closing = ledger.position(customerId, currency, to).net();
        return new StatementOfAccount(customerId, currency, from, to, opening, lines, closing);
    }

    private static List<Movement> movements(CustomerFacts facts, Currency currency,
            LocalDate from, LocalDate to) {
        List<Movement> out = new ArrayList<>();
        Map<DocumentId, Document> byId = new HashMap<>();
        for (Document document : facts.documents()) {
            byId.put(document.id(), document);
            if (document.currency().equals(currency) && within(document.issueDate(), from, to)) {
                boolean credit = !document.kind().isReceivable();
                out.add(new Movement(document.issueDate(),
                        credit ? MovementKind.CREDIT_NOTE_ISSUED : MovementKind.DOCUMENT_ISSUED,
                        out.size(), document.number(), document, null, null, document.total(),
                        credit ? document.total().negate() : document.total()));
            }
        }
        Map<PaymentId, String> paymentReferences = new HashMap<>();
        for (Payment payment : facts.payments()) {
            String reference = payment.reference() != null ? payment.reference()
                    : payment.id().value();
            paymentReferences.put(payment.id(), reference);
            if (payment.amount().currency().equals(currency)
                    && within(payment.receivedOn(), from, to)) {
                out.add(new Movement(payment.receivedOn(), MovementKind.PAYMENT_RECEIVED,
                        out.size(), reference, null, payment.id(), null, payment.amount(),
                        payment.amount().negate()));
            }
        }
        for (Allocation allocation : facts.allocations()) {
            addAllocation(out, allocation, byId.get(allocation.target()), currency,
                    from, to);
        }
        for (WriteOff writeOff : facts.writeOffs()) {
            if (writeOff.amount().currency().equals(currency)) {
                addWriteOff(out, writeOff, byId.get(writeOff.documentId()), from, to);
            }
        }
        for (PaymentAdjustment adjustment : facts.paymentAdjustments()) {
            if (adjustment.amount().currency().equals(currency)) {
                addAdjustment(out, adjustment, paymentReferences.get(adjustment.paymentId()),
                        from, to);
            }
        }
        return out;
    }

    /** Adds a write-off's line and, when it was reversed in the period, its reversal's line. */
    private static void addWriteOff(List<Movement> out, WriteOff writeOff, Document document,
            LocalDate from, LocalDate to) {
        if (within(writeOff.on(), from, to)) {
            out.add(new Movement(writeOff.on(), MovementKind.WRITE_OFF, out.size(),
                    document.number(), document, null, null, writeOff.amount(),
                    writeOff.amount().negate()));
        }
        if (writeOff.reversedOn() != null && within(writeOff.reversedOn(), from, to)) {
            out.add(new Movement(writeOff.reversedOn(), MovementKind.WRITE_OFF_REVERSED,
                    out.size(), document.number(), document, null, null, writeOff.amount(),
                    writeOff.amount()));
        }
    }

    /**
     * Adds a payment adjustment's line and, when it was reversed in the period, its reversal's
     * line. The adjustment takes credit away, so it raises the balance.
     */
    private static void addAdjustment(List<Movement> out, PaymentAdjustment adjustment,
            String reference, LocalDate from, LocalDate to) {
        if (within(adjustment.on(), from, to)) {
            out.add(new Movement(adjustment.on(), MovementKind.PAYMENT_ADJUSTMENT, out.size(),
                    reference, null, adjustment.paymentId(), null, adjustment.amount(),
                    adjustment.amount()));
        }
        if (adjustment.reversedOn() != null && within(adjustment.reversedOn(), from, to)) {
            out.add(new Movement(adjustment.reversedOn(),
                    MovementKind.PAYMENT_ADJUSTMENT_REVERSED, out.size(), reference, null,
                    adjustment.paymentId(), null, adjustment.amount(),
                    adjustment.amount().negate()));
        }
    }

    /**
     * Adds the lines of one allocation in the statement's currency: its application and, when
     * reversed in the period, its reversal.
     */
    private static void addAllocation(List<Movement> out, Allocation allocation, Document target,
            Currency currency, LocalDate from, LocalDate to) {
        boolean settlesHere = allocation.amount().currency().equals(currency);
        boolean takesHere = allocation.sourceAmount().currency().equals(currency);
        if (!settlesHere && !takesHere) {
            return;
        }
        Money amount = settlesHere ? allocation.amount() : allocation.sourceAmount();
        Money change = Money.zero(currency);
        if (settlesHere && !takesHere) {
            change = allocation.amount().negate();
        } else if (takesHere && !settlesHere) {
            change = allocation.sourceAmount();
        }
        PaymentId paymentId = allocation.source() instanceof AllocationSource.FromPayment p
                ? p.paymentId() : null;
        if (within(allocation.appliedOn(), from, to)) {
            out.add(new Movement(allocation.appliedOn(), MovementKind.ALLOCATION, out.size(),
                    target.number(), target, paymentId, allocation, amount, change));
        }
        if (allocation.reversedOn() != null && within(allocation.reversedOn(), from, to)) {
            out.add(new Movement(allocation.reversedOn(), MovementKind.ALLOCATION_REVERSED,
                    out.size(), target.number(), target, paymentId, allocation, amount,
                    change.negate()));
        }
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
