package io.github.receivables.examples.jdbc;

import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentAdjustmentReason;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link PaymentAdjustmentStore} over the {@code payment_adjustments} table. A foreign key guards
 * the reference to the payment; the store also looks it up first, so a missing one is named in
 * the message. Payments are never deleted by the stores, so the lookup cannot be overtaken.
 */
final class JdbcPaymentAdjustmentStore implements PaymentAdjustmentStore {

    private static final String KIND = "payment adjustment";
    private static final String COLUMNS = "id, payment_id, currency, amount_minor, reason,"
            + " source, adjusted_on, reversed_on";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String selectById;
    private final String selectIdsIn;
    private final String selectPaymentIdsIn;
    private final String reverse;
    private final String byPayment;
    private final String bySource;
    private final String byCustomer;

    JdbcPaymentAdjustmentStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        String order = " ORDER BY " + context.dialect.orderColumn("id");
        String select = context.sql("SELECT " + COLUMNS + " FROM {payment_adjustments}");
        this.insert = context.sql("INSERT INTO {payment_adjustments} (" + COLUMNS
                + ", written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.selectById = select + " WHERE id = ?";
        this.selectIdsIn = context.sql("SELECT id FROM {payment_adjustments} WHERE id IN (");
        this.selectPaymentIdsIn = context.sql("SELECT id FROM {payments} WHERE id IN (");
        this.reverse = context.sql("UPDATE {payment_adjustments} SET reversed_on = ?,"
                + " written_at = ? WHERE id = ? AND reversed_on IS NULL");
        this.byPayment = select + " WHERE payment_id = ?" + order;
        this.bySource = select + " WHERE source = ?" + order;
        this.byCustomer = context.sql("SELECT a.id, a.payment_id, a.currency, a.amount_minor,"
                + " a.reason, a.source, a.adjusted_on, a.reversed_on FROM {payment_adjustments} a"
                + " JOIN {payments} p ON p.id = a.payment_id WHERE p.customer_id = ?"
                + " ORDER BY a.{order:id}");
    }

    @Override
    public PaymentAdjustmentRecord insert(PaymentAdjustmentRecord adjustment) {
        Objects.requireNonNull(adjustment, "adjustment");
        return insertAll(List.of(adjustment)).get(0);
    }

    @Override
    public List<PaymentAdjustmentRecord> insertAll(
            Collection<PaymentAdjustmentRecord> adjustments) {
        List<PaymentAdjustmentRecord> copy = List.copyOf(adjustments);
        List<String> ids = copy.stream().map(adjustment -> adjustment.id().value()).toList();
        Rows.requireDistinct(KIND, ids);
        String operation = copy.size() == 1
                ? "payment_adjustments.insert" : "payment_adjustments.insertAll";
        return access.run(operation, connection -> {
            Rows.requireAbsent(connection, KIND, selectIdsIn, ids);
            requirePayments(connection, copy);
            try {
                Rows.batch(connection, insert, copy.stream().map(this::params).toList());
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("a payment adjustment among " + ids
                            + " was inserted concurrently", e);
                }
                throw e;
            }
            return copy;
        });
    }

    private void requirePayments(Connection connection, List<PaymentAdjustmentRecord> adjustments)
            throws SQLException {
        Set<String> payments = new LinkedHashSet<>();
        adjustments.forEach(adjustment -> payments.add(adjustment.paymentId().value()));
        Set<String> stored = new HashSet<>(
                Rows.findPresent(connection, selectPaymentIdsIn, List.copyOf(payments)));
        for (PaymentAdjustmentRecord adjustment : adjustments) {
            if (!stored.contains(adjustment.paymentId().value())) {
                throw new NotFoundException(KIND + " " + adjustment.id() + " adjusts payment "
                        + adjustment.paymentId() + ", which is not stored");
            }
        }
    }

    @Override
    public Optional<PaymentAdjustmentRecord> find(PaymentAdjustmentId id) {
        Objects.requireNonNull(id, "id");
        return access.run("payment_adjustments.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public PaymentAdjustmentRecord reverse(PaymentAdjustmentId id, LocalDate on) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        return access.run("payment_adjustments.reverse", connection -> {
            PaymentAdjustmentRecord current = Sql.queryOne(connection,
                    selectById + " FOR UPDATE", this::map, List.of(id.value()))
                    .orElseThrow(() -> new NotFoundException(KIND + " " + id + " not found"));
            if (current.reversedOn() != null) {
                throw alreadyReversed(current);
            }
            if (on.isBefore(current.adjustment().on())) {
                throw new IllegalArgumentException(KIND + " " + id + " applies on "
                        + current.adjustment().on() + " and cannot be reversed earlier, on "
                        + on);
            }
            PaymentAdjustmentRecord reversed = current.reverse(on);
            if (Sql.update(connection, reverse, Sql.params(on, context.now(), id.value())) == 0) {
                throw alreadyReversed(current);
            }
            return reversed;
        });
    }

    @Override
    public List<PaymentAdjustmentRecord> findByPayment(PaymentId paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        return access.run("payment_adjustments.findByPayment", connection -> Sql.queryList(
                connection, byPayment, this::map, List.of(paymentId.value())));
    }

    @Override
    public List<PaymentAdjustmentRecord> findBySource(String source) {
        Objects.requireNonNull(source, "source");
        return access.run("payment_adjustments.findBySource",
                connection -> Sql.queryList(connection, bySource, this::map, List.of(source)));
    }

    @Override
    public Stream<PaymentAdjustmentRecord> streamByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return access.stream("payment_adjustments.streamByCustomer",
                connection -> Sql.prepare(connection, byCustomer, List.of(customerId.value())),
                this::map);
    }

    private List<Object> params(PaymentAdjustmentRecord record) {
        PaymentAdjustment adjustment = record.adjustment();
        return Sql.params(adjustment.id().value(), adjustment.paymentId().value(),
                Rows.currency(adjustment.amount()), Rows.minor(adjustment.amount()),
                adjustment.reason().name(), record.source(), adjustment.on(),
                adjustment.reversedOn(), context.now());
    }

    private PaymentAdjustmentRecord map(ResultSet row) throws SQLException {
        PaymentAdjustment adjustment = new PaymentAdjustment(
                PaymentAdjustmentId.of(row.getString("id")),
                PaymentId.of(row.getString("payment_id")),
                Rows.money(row, "amount_minor", "currency"),
                Sql.date(row, "adjusted_on"),
                PaymentAdjustmentReason.valueOf(row.getString("reason")),
                Sql.date(row, "reversed_on"));
        return new PaymentAdjustmentRecord(adjustment, row.getString("source"));
    }

    private static ConflictException alreadyReversed(PaymentAdjustmentRecord adjustment) {
        return new ConflictException(KIND + " " + adjustment.id() + " was already reversed"
                + (adjustment.reversedOn() == null ? "" : " on " + adjustment.reversedOn()));
    }
}
