package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.CustomerStore;
import io.github.receivables.spi.store.DocumentStore;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.spi.store.StatementImportStore;
import io.github.receivables.spi.store.WriteOffStore;

/** The nine stores bound to one way of reaching the database. */
final class MemoryStoreSet {

    final CustomerStore customers;
    final DocumentStore documents;
    final PaymentStore payments;
    final AllocationStore allocations;
    final WriteOffStore writeOffs;
    final PaymentAdjustmentStore paymentAdjustments;
    final ReminderOutboxStore reminderOutbox;
    final StatementImportStore statementImports;
    final MatchDecisionStore matchDecisions;

    MemoryStoreSet(MemoryDatabase db, Access access) {
        customers = new MemoryCustomerStore(db, access);
        documents = new MemoryDocumentStore(db, access);
        payments = new MemoryPaymentStore(db, access);
        allocations = new MemoryAllocationStore(db, access);
        writeOffs = new MemoryWriteOffStore(db, access);
        paymentAdjustments = new MemoryPaymentAdjustmentStore(db, access);
        reminderOutbox = new MemoryReminderOutboxStore(db, access);
        statementImports = new MemoryStatementImportStore(db, access);
        matchDecisions = new MemoryMatchDecisionStore(db, access);
    }
}
