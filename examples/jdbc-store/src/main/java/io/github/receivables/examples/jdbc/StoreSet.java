package io.github.receivables.examples.jdbc;

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
final class StoreSet {

    final CustomerStore customers;
    final DocumentStore documents;
    final PaymentStore payments;
    final AllocationStore allocations;
    final WriteOffStore writeOffs;
    final PaymentAdjustmentStore paymentAdjustments;
    final ReminderOutboxStore reminderOutbox;
    final StatementImportStore statementImports;
    final MatchDecisionStore matchDecisions;

    StoreSet(StoreContext context, Access access) {
        customers = new JdbcCustomerStore(context, access);
        documents = new JdbcDocumentStore(context, access);
        payments = new JdbcPaymentStore(context, access);
        allocations = new JdbcAllocationStore(context, access);
        writeOffs = new JdbcWriteOffStore(context, access);
        paymentAdjustments = new JdbcPaymentAdjustmentStore(context, access);
        reminderOutbox = new JdbcReminderOutboxStore(context, access);
        statementImports = new JdbcStatementImportStore(context, access);
        matchDecisions = new JdbcMatchDecisionStore(context, access);
    }
}
