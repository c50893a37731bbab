package io.github.receivables.examples.jdbc;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PaymentStore;
import io.github.receivables.spi.store.Versioned;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PaymentStore} over the {@code payments} table, where a unique constraint keeps external
 * ids apart (NULL external ids do not collide).
 */
final class JdbcPaymentStore implements PaymentStore {

    private static final String KIND = "payment";
    private static final Keyset.Order BY_CUSTOMER =
            new Keyset.Order("payments-by-customer", null, "id");
    private static final Keyset.Order UNIDENTIFIED =
            new Keyset.Order("payments-unidentified", null, "id");
    private static final String COLUMNS = "id, version, customer_id, currency, amount_minor,"
            + " received_on, method, reference, external_id";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String update;
    private final String select;
    private final String selectById;
    private final String selectByExternalId;
    private final String selectVersion;

    JdbcPaymentStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.insert = context.sql("INSERT INTO {payments} (" + COLUMNS + ", written_at)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.update = context.sql("UPDATE {payments} SET version = version + 1,"
                + " customer_id = ?, currency = ?, amount_minor = ?, received_on = ?,"
                + " method = ?, reference = ?, external_id = ?, written_at = ?"
                + " WHERE id = ? AND version = ?");
        this.select = context.sql("SELECT " + COLUMNS + " FROM {payments}");
        this.selectById = select + " WHERE id = ?";
        this.selectByExternalId = select + " WHERE external_id = ?";
        this.selectVersion = context.sql("SELECT version FROM {payments} WHERE id = ?");
    }

    @Override
    public Versioned<Payment> insert(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        return access.run("payments.insert", connection -> {
            Optional<Versioned<Payment>> present = findPresent(connection, payment);
            if (present.isPresent()) {
                throw duplicate(payment, present.get().value(), null);
            }
            try {
                Sql.update(connection, insert, insertParams(payment));
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(KIND + " " + payment.id() + " or its"
                            + " external id is already stored", e);
                }
                throw e;
            }
            return Versioned.initial(payment);
        });
    }

    @Override
    public List<InsertResult<Versioned<Payment>>> insertAllIfAbsent(
            Collection<Payment> payments) {
        List<Payment> copy = List.copyOf(payments);
        return access.run("payments.insertAllIfAbsent", connection -> {
            List<InsertResult<Versioned<Payment>>> results = new ArrayList<>(copy.size());
            for (Payment payment : copy) {
                results.add(insertIfAbsent(connection, payment));
            }
            return results;
        });
    }

    /**
     * Inserts a payment unless its id or external id is taken. A racing importer may insert the
     * same external id between the lookup and the insert. The insert then finds the key taken,
     * so the payment is looked up again.
     */
    private InsertResult<Versioned<Payment>> insertIfAbsent(Connection connection,
            Payment payment) throws SQLException {
        Optional<Versioned<Payment>> present = findPresent(connection, payment);
        if (present.isEmpty()
                && context.dialect.insertIfAbsent(connection, insert, insertParams(payment))) {
            return new InsertResult.Inserted<>(Versioned.initial(payment));
        }
        Versioned<Payment> stored = present.isPresent() ? present.get()
                : findPresent(connection, payment).orElseThrow(() -> new JdbcStoreException(
                        KIND + " " + payment.id() + " was reported present but is not stored;"
                        + " payments are never deleted by the store, so another program"
                        + " deleted it", null));
        return new InsertResult.AlreadyPresent<>(stored);
    }

    /** Finds the payment with the id, else the one with the external id. */
    private Optional<Versioned<Payment>> findPresent(Connection connection, Payment payment)
            throws SQLException {
        Optional<Versioned<Payment>> byId = Sql.queryOne(connection, selectById, this::map,
                List.of(payment.id().value()));
        if (byId.isPresent() || payment.externalId() == null) {
            return byId;
        }
        return Sql.queryOne(connection, selectByExternalId, this::map,
                List.of(payment.externalId()));
    }

    @Override
    public Optional<Versioned<Payment>> find(PaymentId id) {
        Objects.requireNonNull(id, "id");
        return access.run("payments.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public Map<PaymentId, Versioned<Payment>> findAll(Collection<PaymentId> ids) {
        List<String> keys = ids.stream().map(PaymentId::value).distinct().toList();
        return access.run("payments.findAll", connection -> {
            Map<PaymentId, Versioned<Payment>> found = new LinkedHashMap<>();
            for (int from = 0; from < keys.size(); from += Rows.IN_LIST_SIZE) {
                List<String> chunk = keys.subList(from,
                        Math.min(keys.size(), from + Rows.IN_LIST_SIZE));
                String sql = select + " WHERE id IN (" + Sql.markers(chunk.size()) + ")";
                for (Versioned<Payment> row : Sql.queryList(connection, sql, this::map, chunk)) {
                    found.put(row.value().id(), row);
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Versioned<Payment>> findByExternalId(String externalId) {
        Objects.requireNonNull(externalId, "externalId");
        return access.run("payments.findByExternalId", connection -> Sql.queryOne(connection,
                selectByExternalId, this::map, List.of(externalId)));
    }

    @Override
    public Page<Versioned<Payment>> findByCustomer(CustomerId customerId, PageRequest request) {
        Objects.requireNonNull(customerId, "customerId");
        Keyset.Cursor cursor = Keyset.cursor(BY_CUSTOMER,
                Objects.requireNonNull(request, "request"));
        return access.run("payments.findByCustomer", connection -> Keyset.page(connection,
                context, select, List.of("customer_id = ?"), List.of(customerId.value()), cursor,
                this::map, row -> new Keyset.SortKey(null, row.value().id().value())));
    }

    @Override
    public Page<Versioned<Payment>> findUnidentified(PageRequest request) {
        Keyset.Cursor cursor = Keyset.cursor(UNIDENTIFIED,
                Objects.requireNonNull(request, "request"));
        return access.run("payments.findUnidentified", connection -> Keyset.page(connection,
                context, select, List.of("customer_id IS NULL"), List.of(), cursor, this::map,
                row -> new Keyset.SortKey(null, row.value().id().value())));
    }

    @Override
    public Versioned<Payment> update(Payment payment, long expectedVersion) {
        Objects.requireNonNull(payment, "payment");
        List<Object> params = valueParams(payment);
        params.add(payment.id().value());
        params.add(expectedVersion);
        return access.run("payments.update", connection -> {
            int updated;
            try {
                updated = Sql.update(connection, update, params);
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(KIND + " " + payment.id() + " has external id "
                            + payment.externalId() + ", already used by another payment", e);
                }
                throw e;
            }
            if (updated == 0) {
                throw Rows.missedUpdate(connection, selectVersion, KIND, payment.id().value(),
                        expectedVersion);
            }
            return new Versioned<>(payment, Math.addExact(expectedVersion, 1));
        });
    }

    private List<Object> insertParams(Payment payment) {
        List<Object> params = valueParams(payment);
        params.add(0, payment.id().value());
        return params;
    }

    /** Returns the parameters from customer_id to written_at, in the order of both statements. */
    private List<Object> valueParams(Payment payment) {
        CustomerId customerId = payment.customerId();
        return Sql.params(customerId == null ? null : customerId.value(),
                payment.amount().currency().getCurrencyCode(), payment.amount().minorUnits(),
                payment.receivedOn(), payment.method(), payment.reference(),
                payment.externalId(), context.now());
    }

    private Versioned<Payment> map(ResultSet row) throws SQLException {
        String customerId = row.getString("customer_id");
        Currency currency = Currency.getInstance(row.getString("currency").trim());
        Payment payment = new Payment(
                PaymentId.of(row.getString("id")),
                customerId == null ? null : CustomerId.of(customerId),
                Money.ofMinor(row.getLong("amount_minor"), currency),
                Sql.date(row, "received_on"),
                PaymentMethod.valueOf(row.getString("method")),
                row.getString("reference"),
                row.getString("external_id"));
        return new Versioned<>(payment, row.getLong("version"));
    }

    private static DuplicateKeyException duplicate(Payment payment, Payment existing,
            Throwable cause) {
        if (existing.id().equals(payment.id())) {
            return new DuplicateKeyException(KIND + " " + payment.id() + " already exists", cause);
        }
        return new DuplicateKeyException(KIND + " " + payment.id() + " has external id "
                + payment.externalId() + ", already used by payment " + existing.id(), cause);
    }
}
