package io.github.receivables.spi.memory;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.TaxId;
import io.github.receivables.core.money.Money;
import io.github.receivables.spi.memory.Keys.TimeKey;
import io.github.receivables.spi.store.BankLineKeys;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.store.WriteOffId;
import io.github.receivables.spi.store.WriteOffRecord;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/** The tables and indexes of one {@link InMemoryStores}, and the lock that guards them all. */
final class MemoryDatabase {

    /** The group of the index of rows that have no customer, such as unidentified payments. */
    static final String NONE = "";

    static final Comparator<CustomerId> CUSTOMER_ORDER = Keys.byValue(CustomerId::value);
    static final Comparator<DocumentId> DOCUMENT_ORDER = Keys.byValue(DocumentId::value);
    static final Comparator<PaymentId> PAYMENT_ORDER = Keys.byValue(PaymentId::value);
    static final Comparator<AllocationId> ALLOCATION_ORDER = Keys.byValue(AllocationId::value);
    static final Comparator<WriteOffId> WRITE_OFF_ORDER = Keys.byValue(WriteOffId::value);
    static final Comparator<PaymentAdjustmentId> ADJUSTMENT_ORDER =
            Keys.byValue(PaymentAdjustmentId::value);
    static final Comparator<MatchDecisionId> DECISION_ORDER =
            Keys.byValue(MatchDecisionId::value);

    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    final Table<CustomerId, Versioned<Customer>> customers = new Table<>(CUSTOMER_ORDER);
    final Index<String, CustomerId, CustomerId, Versioned<Customer>> customersByTaxId =
            customers.index(row -> taxKeys(row.value().taxId()), row -> row.value().id(),
                    CUSTOMER_ORDER);

    final Table<DocumentId, Versioned<Document>> documents = new Table<>(DOCUMENT_ORDER);
    final Index<CustomerId, DocumentId, DocumentId, Versioned<Document>> documentsByCustomer =
            documents.index(row -> List.of(row.value().customerId()), row -> row.value().id(),
                    DOCUMENT_ORDER);
    final Index<String, DocumentId, DocumentId, Versioned<Document>> documentsByNumber =
            documents.index(row -> List.of(row.value().number()), row -> row.value().id(),
                    DOCUMENT_ORDER);

    final Table<PaymentId, Versioned<Payment>> payments = new Table<>(PAYMENT_ORDER);
    final Index<String, PaymentId, PaymentId, Versioned<Payment>> paymentsByExternalId =
            payments.index(row -> optional(row.value().externalId()), row -> row.value().id(),
                    PAYMENT_ORDER);
    final Index<String, PaymentId, PaymentId, Versioned<Payment>> paymentsByCustomer =
            payments.index(row -> List.of(customerGroup(row.value().customerId())),
                    row -> row.value().id(), PAYMENT_ORDER);

    final Table<AllocationId, Allocation> allocations = new Table<>(ALLOCATION_ORDER);
    final Index<DocumentId, AllocationId, AllocationId, Allocation> allocationsByTarget =
            allocations.index(row -> List.of(row.target()), Allocation::id, ALLOCATION_ORDER);
    final Index<AllocationSource, AllocationId, AllocationId, Allocation> allocationsBySource =
            allocations.index(row -> List.of(row.source()), Allocation::id, ALLOCATION_ORDER);

    final Table<WriteOffId, WriteOffRecord> writeOffs = new Table<>(WRITE_OFF_ORDER);
    final Index<DocumentId, WriteOffId, WriteOffId, WriteOffRecord> writeOffsByDocument =
            writeOffs.index(row -> List.of(row.documentId()), WriteOffRecord::id,
                    WRITE_OFF_ORDER);
    final Index<String, WriteOffId, WriteOffId, WriteOffRecord> writeOffsBySource =
            writeOffs.index(row -> List.of(row.source()), WriteOffRecord::id, WRITE_OFF_ORDER);

    final Table<PaymentAdjustmentId, PaymentAdjustmentRecord> adjustments =
            new Table<>(ADJUSTMENT_ORDER);
    final Index<PaymentId, PaymentAdjustmentId, PaymentAdjustmentId, PaymentAdjustmentRecord>
            adjustmentsByPayment = adjustments.index(row -> List.of(row.paymentId()),
                    PaymentAdjustmentRecord::id, ADJUSTMENT_ORDER);
    final Index<String, PaymentAdjustmentId, PaymentAdjustmentId, PaymentAdjustmentRecord>
            adjustmentsBySource = adjustments.index(row -> List.of(row.source()),
                    PaymentAdjustmentRecord::id, ADJUSTMENT_ORDER);

    final Table<String, OutboxRecord> outbox = new Table<>(Keys.CODE_POINTS);
    final Index<CustomerId, TimeKey, String, OutboxRecord> outboxByCustomer =
            outbox.index(row -> List.of(row.customerId()), MemoryDatabase::createdKey,
                    Keys.TIME_KEYS);
    final Index<OutboxStatus, TimeKey, String, OutboxRecord> outboxByStatus =
            outbox.index(row -> List.of(row.status()), MemoryDatabase::createdKey,
                    Keys.TIME_KEYS);
    final Index<Boolean, TimeKey, String, OutboxRecord> outboxByCreation =
            outbox.index(row -> List.of(Boolean.TRUE), MemoryDatabase::createdKey,
                    Keys.TIME_KEYS);
    final Index<OutboxStatus, TimeKey, String, OutboxRecord> outboxPendingByDue =
            outbox.index(row -> row.status() == OutboxStatus.PENDING
                    ? List.of(OutboxStatus.PENDING) : List.of(),
                    row -> new TimeKey(row.entry().notBefore(), row.key()), Keys.TIME_KEYS);

    final Table<String, StatementImport> statements = new Table<>(Keys.CODE_POINTS);
    final Table<String, String> statementEntries = new Table<>(Keys.CODE_POINTS);

    final Table<MatchDecisionId, Versioned<MatchDecision>> decisions =
            new Table<>(DECISION_ORDER);
    final Index<PaymentId, TimeKey, MatchDecisionId, Versioned<MatchDecision>> decisionsByPayment =
            decisions.index(row -> row.value().paymentIds(), MemoryDatabase::decisionKey,
                    Keys.TIME_KEYS);
    final Index<MatchStatus, TimeKey, MatchDecisionId, Versioned<MatchDecision>> decisionsByStatus =
            decisions.index(row -> List.of(row.value().status()), MemoryDatabase::decisionKey,
                    Keys.TIME_KEYS);
    final Index<String, TimeKey, MatchDecisionId, Versioned<MatchDecision>>
            appliedByEndToEndId = decisions.index(row -> appliedKey(row,
                    BankLineKeys::endToEndId), MemoryDatabase::decisionKey, Keys.TIME_KEYS);
    final Index<String, TimeKey, MatchDecisionId, Versioned<MatchDecision>>
            appliedByBankReference = decisions.index(row -> appliedKey(row,
                    BankLineKeys::bankReference), MemoryDatabase::decisionKey, Keys.TIME_KEYS);
    final Index<Money, DatedKey, MatchDecisionId, Versioned<MatchDecision>> appliedByAmount =
            decisions.index(row -> appliedKey(row, BankLineKeys::amount),
                    MemoryDatabase::datedKey,
                    DatedKey.ORDER);
    final Table<String, Versioned<PayerRule>> payerRules = new Table<>(Keys.CODE_POINTS);

    /** Returns the key by which customers are found by tax id: country and compact form. */
    static String taxKey(TaxId taxId) {
        return taxId.country() + ":" + taxId.compact();
    }

    static String customerGroup(CustomerId customerId) {
        return customerId == null ? NONE : "c:" + customerId.value();
    }

    private static List<String> taxKeys(TaxId taxId) {
        return taxId == null ? List.of() : List.of(taxKey(taxId));
    }

    private static <T> List<T> optional(T value) {
        return value == null ? List.of() : List.of(value);
    }

    private static TimeKey createdKey(OutboxRecord row) {
        return new TimeKey(row.entry().createdAt(), row.key());
    }

    /** Returns a key of an applied decision's bank line, or nothing for other decisions. */
    private static <T> List<T> appliedKey(Versioned<MatchDecision> row,
            Function<BankLineKeys, T> key) {
        BankLineKeys keys = row.value().lineKeys();
        if (keys == null || !row.value().status().isApplied()) {
            return List.of();
        }
        return optional(key.apply(keys));
    }

    private static DatedKey datedKey(Versioned<MatchDecision> row) {
        BankLineKeys keys = row.value().lineKeys();
        return new DatedKey(keys == null ? null : keys.date(), decisionKey(row));
    }

    private static TimeKey decisionKey(Versioned<MatchDecision> row) {
        return new TimeKey(row.value().createdAt(), row.value().id().value());
    }

    /**
     * The sort key of the amount index: line date (undated first), then creation and id, so a
     * date window is one range of the index.
     *
     * @param date the line date, or null
     * @param time the creation instant and id, or null for a range bound before the date's rows
     */
    record DatedKey(LocalDate date, TimeKey time) {

        static final Comparator<DatedKey> ORDER = Comparator
                .comparing(DatedKey::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DatedKey::time, Comparator.nullsFirst(Keys.TIME_KEYS));
    }
}
