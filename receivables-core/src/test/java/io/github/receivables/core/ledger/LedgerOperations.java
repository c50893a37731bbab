package io.github.receivables.core.ledger;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random sequences of ledger operations for property tests. Each operation is data; running it
 * against a ledger may be rejected, which the caller checks leaves the ledger unchanged.
 */
public final class LedgerOperations {

    public static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    public static final Currency CLP = Currency.getInstance("CLP");
    static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("c0"), CustomerId.of("c1"));

    /** The kinds of operation. */
    public enum Kind {
        INVOICE, INSTALMENT_INVOICE, CHARGE, CREDIT_NOTE, PAYMENT, APPLY, AUTO_APPLY, REVERSE,
        WRITE_OFF, PARTIAL_WRITE_OFF, APPLY_REFERENCES, ADJUST_PAYMENT, REVERSE_ADJUSTMENT
    }

    /**
     * One operation. The integers pick a customer, document, payment or allocation by index
     * modulo what exists, an amount in pesos, and a day as an offset from {@link #BASE}.
     */
    public record Op(Kind kind, int pick, int other, long amount, int day) {}

    private LedgerOperations() {}

    public static Arbitrary<List<Op>> sequences(int minSize, int maxSize) {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50),
                Arbitraries.longs().between(1, 200_000),
                Arbitraries.integers().between(0, 60)).as(Op::new);
        return op.list().ofMinSize(minSize).ofMaxSize(maxSize);
    }

    /** Runs operations, returning how many were rejected. */
    public static int run(Ledger ledger, List<Op> ops) {
        State state = new State();
        int rejected = 0;
        for (Op op : ops) {
            try {
                state.run(ledger, op);
            } catch (LedgerException e) {
                rejected++;
            }
        }
        return rejected;
    }

    /** Runs one operation; throws LedgerException when the ledger rejects it. */
    public static void runOne(Ledger ledger, Op op, State state) {
        state.run(ledger, op);
    }

    /** Ids created so far, so operations can pick existing ones. */
    public static final class State {
        final List<DocumentId> receivables = new ArrayList<>();
        final List<DocumentId> creditNotes = new ArrayList<>();
        final List<PaymentId> payments = new ArrayList<>();
        final List<PaymentAdjustmentId> adjustments = new ArrayList<>();
        private int next;

        void run(Ledger ledger, Op op) {
            LocalDate day = BASE.plusDays(op.day());
            CustomerId customer = CUSTOMERS.get(op.pick() % CUSTOMERS.size());
            Money amount = Money.ofMinor(op.amount(), CLP);
            switch (op.kind()) {
                case INVOICE -> addReceivable(ledger, DocumentKind.INVOICE, customer, amount, day,
                        1);
                case INSTALMENT_INVOICE -> addReceivable(ledger, DocumentKind.INVOICE, customer,
                        amount, day, 1 + op.other() % 4);
                case CHARGE -> addReceivable(ledger, DocumentKind.FEE_CHARGE, customer, amount,
                        day, 1);
                case CREDIT_NOTE -> addCreditNote(ledger, customer, amount, day, op.other());
                case PAYMENT -> {
                    PaymentId id = PaymentId.of("p" + next++);
                    ledger.addPayment(new Payment(id, customer, amount, day,
                            PaymentMethod.BANK_TRANSFER, null, null));
                    payments.add(id);
                }
                case APPLY -> apply(ledger, op, amount, day);
                case AUTO_APPLY -> {
                    AllocationSource source = source(op.pick());
                    if (source != null) {
                        ledger.autoApply(source, day,
                                SettlementOrder.values()[op.other() % 3]);
                    }
                }
                case REVERSE -> {
                    List<Allocation> all = ledger.allocations();
                    if (!all.isEmpty()) {
                        ledger.reverse(all.get(op.pick() % all.size()).id(), day);
                    }
                }
                case WRITE_OFF -> {
                    if (!receivables.isEmpty()) {
                        ledger.writeOff(receivables.get(op.pick() % receivables.size()), day);
                    }
                }
                case PARTIAL_WRITE_OFF -> {
                    if (!receivables.isEmpty()) {
                        ledger.writeOff(receivables.get(op.pick() % receivables.size()),
                                Money.ofMinor(1 + op.amount() % 5_000, CLP), day);
                    }
                }
                case APPLY_REFERENCES -> {
                    if (!creditNotes.isEmpty()) {
                        ledger.applyReferences(creditNotes.get(op.pick() % creditNotes.size()));
                    }
                }
                case ADJUST_PAYMENT -> adjust(ledger, op, day);
                case REVERSE_ADJUSTMENT -> {
                    if (!adjustments.isEmpty()) {
                        ledger.reversePaymentAdjustment(
                                adjustments.get(op.pick() % adjustments.size()), day);
                    }
                }
            }
        }

        private void addReceivable(Ledger ledger, DocumentKind kind, CustomerId customer,
                Money total, LocalDate issued, int instalments) {
            DocumentId id = DocumentId.of("d" + next++);
            Document.Builder builder = Document.builder(id, customer, kind).issueDate(issued)
                    .total(total);
            if (instalments == 1 || total.minorUnits() < instalments) {
                builder.dueDate(issued.plusDays(30));
            } else {
                List<Money> parts = total.split(instalments);
                for (int i = 0; i < instalments; i++) {
                    builder.instalment(issued.plusDays(30L * (i + 1)), parts.get(i));
                }
            }
            ledger.addDocument(builder.build());
            receivables.add(id);
        }

        private void addCreditNote(Ledger ledger, CustomerId customer, Money total,
                LocalDate issued, int target) {
            DocumentId id = DocumentId.of("n" + next++);
            Document.Builder builder = Document.builder(id, customer, DocumentKind.CREDIT_NOTE)
                    .issueDate(issued).total(total);
            if (!receivables.isEmpty()) {
                builder.reference(receivables.get(target % receivables.size()),
                        target % 2 == 0 ? ReferenceEffect.REDUCES_AMOUNT : ReferenceEffect.CANCELS);
            }
            ledger.addDocument(builder.build());
            creditNotes.add(id);
        }

        private void apply(Ledger ledger, Op op, Money amount, LocalDate day) {
            AllocationSource source = source(op.pick());
            if (source == null || receivables.isEmpty()) {
                return;
            }
            DocumentId target = receivables.get(op.other() % receivables.size());
            ledger.apply(source, day, AllocationRequest.of(target, amount));
        }

        private void adjust(Ledger ledger, Op op, LocalDate day) {
            if (payments.isEmpty()) {
                return;
            }
            PaymentAdjustmentId id = PaymentAdjustmentId.of("a" + next++);
            PaymentAdjustmentReason reason = PaymentAdjustmentReason.values()[
                    op.other() % PaymentAdjustmentReason.values().length];
            ledger.recordPaymentAdjustment(new PaymentAdjustment(id,
                    payments.get(op.pick() % payments.size()),
                    Money.ofMinor(1 + op.amount() % 50_000, CLP), day, reason));
            adjustments.add(id);
        }

        private AllocationSource source(int pick) {
            int count = payments.size() + creditNotes.size();
            if (count == 0) {
                return null;
            }
            int index = pick % count;
            return index < payments.size() ? AllocationSource.payment(payments.get(index))
                    : AllocationSource.creditNote(creditNotes.get(index - payments.size()));
        }
    }
}
