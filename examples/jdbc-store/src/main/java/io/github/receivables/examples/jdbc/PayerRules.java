package io.github.receivables.examples.jdbc;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.Versioned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The payer rules of {@link JdbcMatchDecisionStore}, over the {@code payer_rules} table. */
final class PayerRules {

    private static final String KIND = "payer rule";
    private static final Keyset.Order BY_KEY = new Keyset.Order("payer-rules", null, "payer_key");
    private static final String COLUMNS = "payer_key, version, customer_id, confirmations,"
            + " rejections, last_confirmed_at";

    private final StoreContext context;
    private final Access access;
    private final String insert;
    private final String update;
    private final String delete;
    private final String select;
    private final String selectByKey;
    private final String selectVersion;

    PayerRules(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.insert = context.sql("INSERT INTO {payer_rules} (" + COLUMNS + ", written_at)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?)");
        this.update = context.sql("UPDATE {payer_rules} SET version = version + 1,"
                + " customer_id = ?, confirmations = ?, rejections = ?, last_confirmed_at = ?,"
                + " written_at = ? WHERE payer_key = ? AND version = ?");
        this.delete = context.sql("DELETE FROM {payer_rules} WHERE payer_key = ? AND version = ?");
        this.select = context.sql("SELECT " + COLUMNS + " FROM {payer_rules}");
        this.selectByKey = select + " WHERE payer_key = ?";
        this.selectVersion = context.sql("SELECT version FROM {payer_rules} WHERE payer_key = ?");
    }

    Optional<Versioned<PayerRule>> find(String payerKey) {
        Objects.requireNonNull(payerKey, "payerKey");
        return access.run("payer_rules.find", connection -> Sql.queryOne(connection, selectByKey,
                PayerRules::map, List.of(payerKey)));
    }

    Versioned<PayerRule> put(PayerRule rule, long expectedVersion) {
        Objects.requireNonNull(rule, "rule");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expected version of payer rule "
                    + rule.payerKey() + " must be 0 (new rule) or more, got " + expectedVersion);
        }
        List<Object> values = Sql.params(rule.customerId().value(), rule.confirmations(),
                rule.rejections(), rule.lastConfirmedAt(), context.now());
        return expectedVersion == 0 ? insert(rule, values) : update(rule, values, expectedVersion);
    }

    private Versioned<PayerRule> insert(PayerRule rule, List<Object> values) {
        List<Object> params = Sql.params(rule.payerKey());
        params.addAll(values);
        return access.run("payer_rules.insert", connection -> {
            try {
                Sql.update(connection, insert, params);
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(KIND + " " + rule.payerKey()
                            + " already exists", e);
                }
                throw e;
            }
            return Versioned.initial(rule);
        });
    }

    private Versioned<PayerRule> update(PayerRule rule, List<Object> values,
            long expectedVersion) {
        List<Object> params = Sql.params(values.toArray());
        params.add(rule.payerKey());
        params.add(expectedVersion);
        return access.run("payer_rules.update", connection -> {
            if (Sql.update(connection, update, params) == 0) {
                throw Rows.missedUpdate(connection, selectVersion, KIND, rule.payerKey(),
                        expectedVersion);
            }
            return new Versioned<>(rule, Math.addExact(expectedVersion, 1));
        });
    }

    void delete(String payerKey, long expectedVersion) {
        Objects.requireNonNull(payerKey, "payerKey");
        access.run("payer_rules.delete", connection -> {
            if (Sql.update(connection, delete, Sql.params(payerKey, expectedVersion)) == 0) {
                throw Rows.missedUpdate(connection, selectVersion, KIND, payerKey,
                        expectedVersion);
            }
            return null;
        });
    }

    Page<Versioned<PayerRule>> list(PageRequest request) {
        Keyset.Cursor cursor = Keyset.cursor(BY_KEY, Objects.requireNonNull(request, "request"));
        return access.run("payer_rules.list", connection -> Keyset.page(connection, context,
                select, List.of(), List.of(), cursor, PayerRules::map,
                row -> new Keyset.SortKey(null, row.value().payerKey())));
    }

    private static Versioned<PayerRule> map(ResultSet row) throws SQLException {
        PayerRule rule = new PayerRule(row.getString("payer_key"),
                CustomerId.of(row.getString("customer_id")), row.getInt("confirmations"),
                row.getInt("rejections"), Sql.instant(row, "last_confirmed_at"));
        return new Versioned<>(rule, row.getLong("version"));
    }
}
