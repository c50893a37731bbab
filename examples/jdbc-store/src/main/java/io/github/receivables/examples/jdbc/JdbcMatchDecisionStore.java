package io.github.receivables.examples.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchDecisionStore;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.ProposedAllocation;
import io.github.receivables.spi.store.Versioned;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link MatchDecisionStore} over the {@code match_decisions} table, with one row in {@code
 * match_decision_payments} per payment a decision names so that lookups by payment use an
 * index. The bank line keys are the {@code line_*} columns ({@link LineKeyColumns}). Payer rules
 * are {@link PayerRules}'.
 */
final class JdbcMatchDecisionStore implements MatchDecisionStore {

    private static final String KIND = "match decision";
    private static final TypeReference<List<ProposedAllocation>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<AllocationId>> ALLOCATION_IDS =
            new TypeReference<>() {};
    private static final Keyset.Order BY_STATUS =
            new Keyset.Order("decisions-by-status", "created_at", "id");
    private static final String BASE_COLUMNS = "id, version, lines, confidence,"
            + " confidence_scale, explanation, status, created_at, decided_at, decided_by,"
            + " allocation_ids";
    private static final String COLUMNS = BASE_COLUMNS + ", " + LineKeyColumns.COLUMNS;

    private final StoreContext context;
    private final Access access;
    private final PayerRules rules;
    private final String insert;
    private final String update;
    private final String select;
    private final String selectById;
    private final String selectVersion;
    private final String selectByPayment;
    private final String selectByEndToEndId;
    private final String selectByBankReference;
    private final String insertPayment;
    private final String deletePayments;

    JdbcMatchDecisionStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.rules = new PayerRules(context, access);
        this.insert = context.sql("INSERT INTO {match_decisions} (" + BASE_COLUMNS
                + ", written_at, " + LineKeyColumns.COLUMNS + ")"
                + " VALUES (?, 1, {json}, ?, ?, ?, ?, ?, ?, ?, {json}, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.update = context.sql("UPDATE {match_decisions} SET version = version + 1,"
                + " lines = {json}, confidence = ?, confidence_scale = ?, explanation = ?,"
                + " status = ?, created_at = ?, decided_at = ?, decided_by = ?,"
                + " allocation_ids = {json}, written_at = ?, line_end_to_end_id = ?,"
                + " line_bank_reference = ?, line_currency = ?, line_amount_minor = ?,"
                + " line_date = ?, line_payer_account = ?, line_payer_name = ?"
                + " WHERE id = ? AND version = ?");
        this.select = context.sql("SELECT " + COLUMNS + " FROM {match_decisions}");
        this.selectById = select + " WHERE id = ?";
        this.selectVersion = context.sql("SELECT version FROM {match_decisions} WHERE id = ?");
        this.selectByPayment = context.sql("SELECT d.* FROM {match_decision_payments} p"
                + " JOIN {match_decisions} d ON d.id = p.decision_id WHERE p.payment_id = ?"
                + " ORDER BY d.created_at, d.{order:id}");
        this.selectByEndToEndId = LineKeyColumns.byKey(context, select, "line_end_to_end_id");
        this.selectByBankReference = LineKeyColumns.byKey(context, select,
                "line_bank_reference");
        this.insertPayment = context.sql("INSERT INTO {match_decision_payments} (payment_id,"
                + " decision_id) VALUES (?, ?)");
        this.deletePayments = context.sql("DELETE FROM {match_decision_payments}"
                + " WHERE decision_id = ?");
    }

    @Override
    public Versioned<MatchDecision> insert(MatchDecision decision) {
        Objects.requireNonNull(decision, "decision");
        return access.run("match_decisions.insert", connection -> {
            try {
                Sql.update(connection, insert, insertParams(decision));
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new DuplicateKeyException(KIND + " " + decision.id()
                            + " already exists", e);
                }
                throw e;
            }
            linkPayments(connection, decision);
            return Versioned.initial(decision);
        });
    }

    @Override
    public Optional<Versioned<MatchDecision>> find(MatchDecisionId id) {
        Objects.requireNonNull(id, "id");
        return access.run("match_decisions.find",
                connection -> Sql.queryOne(connection, selectById, this::map, List.of(id.value())));
    }

    @Override
    public List<Versioned<MatchDecision>> findByPayment(PaymentId paymentId) {
        Objects.requireNonNull(paymentId, "paymentId");
        return access.run("match_decisions.findByPayment", connection -> Sql.queryList(
                connection, selectByPayment, this::map, List.of(paymentId.value())));
    }

    @Override
    public Page<Versioned<MatchDecision>> findByStatus(MatchStatus status, PageRequest request) {
        Objects.requireNonNull(status, "status");
        Keyset.Cursor cursor = Keyset.cursor(BY_STATUS, Objects.requireNonNull(request, "request"));
        return access.run("match_decisions.findByStatus", connection -> Keyset.page(connection,
                context, select, List.of("status = ?"), Sql.params(status), cursor, this::map,
                row -> new Keyset.SortKey(row.value().createdAt(), row.value().id().value())));
    }

    @Override
    public List<Versioned<MatchDecision>> findAppliedByEndToEndId(String endToEndId) {
        Objects.requireNonNull(endToEndId, "endToEndId");
        return access.run("match_decisions.findAppliedByEndToEndId", connection ->
                Sql.queryList(connection, selectByEndToEndId, this::map, List.of(endToEndId)));
    }

    @Override
    public List<Versioned<MatchDecision>> findAppliedByBankReference(String bankReference) {
        Objects.requireNonNull(bankReference, "bankReference");
        return access.run("match_decisions.findAppliedByBankReference", connection ->
                Sql.queryList(connection, selectByBankReference, this::map,
                        List.of(bankReference)));
    }

    @Override
    public List<Versioned<MatchDecision>> findAppliedByAmount(Money amount, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(amount, "amount");
        MatchDecisionStore.checkDateWindow(from, to);
        List<Object> params = new ArrayList<>();
        String query = LineKeyColumns.byAmount(context, select, amount, from, to, params);
        return access.run("match_decisions.findAppliedByAmount",
                connection -> Sql.queryList(connection, query, this::map, params));
    }

    @Override
    public Versioned<MatchDecision> update(MatchDecision decision, long expectedVersion) {
        Objects.requireNonNull(decision, "decision");
        List<Object> params = valueParams(decision);
        params.add(decision.id().value());
        params.add(expectedVersion);
        return access.run("match_decisions.update", connection -> {
            if (Sql.update(connection, update, params) == 0) {
                throw Rows.missedUpdate(connection, selectVersion, KIND, decision.id().value(),
                        expectedVersion);
            }
            Sql.update(connection, deletePayments, List.of(decision.id().value()));
            linkPayments(connection, decision);
            return new Versioned<>(decision, Math.addExact(expectedVersion, 1));
        });
    }

    @Override
    public Optional<Versioned<PayerRule>> findPayerRule(String payerKey) {
        return rules.find(payerKey);
    }

    @Override
    public Versioned<PayerRule> putPayerRule(PayerRule rule, long expectedVersion) {
        return rules.put(rule, expectedVersion);
    }

    @Override
    public void deletePayerRule(String payerKey, long expectedVersion) {
        rules.delete(payerKey, expectedVersion);
    }

    @Override
    public Page<Versioned<PayerRule>> listPayerRules(PageRequest request) {
        return rules.list(request);
    }

    private void linkPayments(Connection connection, MatchDecision decision)
            throws SQLException {
        List<List<Object>> links = new ArrayList<>();
        for (PaymentId paymentId : decision.paymentIds()) {
            links.add(Sql.params(paymentId.value(), decision.id().value()));
        }
        Rows.batch(connection, insertPayment, links);
    }

    private List<Object> insertParams(MatchDecision decision) {
        List<Object> params = valueParams(decision);
        params.add(0, decision.id().value());
        return params;
    }

    /** Returns the parameters from lines to line_payer_name, in the order of both statements. */
    private List<Object> valueParams(MatchDecision decision) {
        List<Object> params = Sql.params(context.json.write(decision.lines()),
                decision.confidence(), decision.confidence().scale(), decision.explanation(),
                decision.status(), decision.createdAt(), decision.decidedAt(),
                decision.decidedBy(), context.json.write(decision.allocationIds()),
                context.now());
        params.addAll(LineKeyColumns.params(decision.lineKeys()));
        return params;
    }

    private Versioned<MatchDecision> map(ResultSet row) throws SQLException {
        // NUMERIC(5, 4) returns scale 4; the stored scale gives back the caller's exact value.
        // The value has at most 4 significant decimals, so the rescale never rounds.
        BigDecimal confidence = row.getBigDecimal("confidence")
                .setScale(row.getInt("confidence_scale"));
        MatchDecision decision = new MatchDecision(
                MatchDecisionId.of(row.getString("id")),
                context.json.read(row.getString("lines"), LINES, "match_decisions.lines"),
                confidence,
                row.getString("explanation"),
                MatchStatus.valueOf(row.getString("status")),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "decided_at"),
                row.getString("decided_by"),
                context.json.read(row.getString("allocation_ids"), ALLOCATION_IDS,
                        "match_decisions.allocation_ids"),
                LineKeyColumns.read(row));
        return new Versioned<>(decision, row.getLong("version"));
    }
}
