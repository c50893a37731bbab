package io.github.receivables.examples.jdbc;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@link ReminderOutboxStore} over the {@code reminder_outbox} table. Every transition locks the
 * row ({@code SELECT ... FOR UPDATE}), applies {@link OutboxRecord}'s state machine and writes
 * the result, so two dispatchers never both hold a running lease. {@link #claimDue} locks with
 * {@code SKIP LOCKED}, so dispatchers that run at once take different records without waiting.
 */
final class JdbcReminderOutboxStore implements ReminderOutboxStore {

    /** How often an insert is retried when its key was deleted between insert and lookup. */
    private static final int INSERT_ATTEMPTS = 3;

    private static final Keyset.Order BY_CUSTOMER =
            new Keyset.Order("outbox-by-customer", "created_at", "idempotency_key");
    private static final Keyset.Order BY_CREATION =
            new Keyset.Order("outbox-by-creation", "created_at", "idempotency_key");
    private static final Keyset.Order BY_STATUS =
            new Keyset.Order("outbox-by-status", "created_at", "idempotency_key");

    private final StoreContext context;
    private final Access access;
    private final OutboxRows rows;
    private final OutboxClaims claims;
    private final String deleteFinished;

    JdbcReminderOutboxStore(StoreContext context, Access access) {
        this.context = context;
        this.access = access;
        this.rows = new OutboxRows(context);
        this.claims = new OutboxClaims(context, rows);
        this.deleteFinished = context.sql("DELETE FROM {reminder_outbox}"
                + " WHERE status IN ('SENT', 'FAILED', 'CANCELLED') AND completed_at < ?");
    }

    @Override
    public InsertResult<OutboxRecord> insertIfAbsent(OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return access.run("reminder_outbox.insertIfAbsent",
                connection -> insertIfAbsent(connection, entry));
    }

    @Override
    public List<InsertResult<OutboxRecord>> insertAllIfAbsent(Collection<OutboxEntry> entries) {
        List<OutboxEntry> copy = List.copyOf(entries);
        return access.run("reminder_outbox.insertAllIfAbsent", connection -> {
            List<InsertResult<OutboxRecord>> results = new ArrayList<>(copy.size());
            for (OutboxEntry entry : copy) {
                results.add(insertIfAbsent(connection, entry));
            }
            return results;
        });
    }

    private InsertResult<OutboxRecord> insertIfAbsent(Connection connection, OutboxEntry entry)
            throws SQLException {
        for (int attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
            if (rows.insertPending(connection, entry)) {
                return new InsertResult.Inserted<>(OutboxRecord.pending(entry));
            }
            Optional<OutboxRecord> present = rows.find(connection, entry.key());
            if (present.isPresent()) {
                return new InsertResult.AlreadyPresent<>(present.get());
            }
            // deleteFinishedBefore removed the record in between: its key is free again.
        }
        throw new JdbcStoreException("outbox record " + entry.key() + " was deleted and"
                + " inserted again " + INSERT_ATTEMPTS + " times while this insert ran", null);
    }

    @Override
    public Optional<OutboxRecord> find(String key) {
        Objects.requireNonNull(key, "key");
        return access.run("reminder_outbox.find", connection -> rows.find(connection, key));
    }

    @Override
    public List<OutboxRecord> claimDue(String owner, Instant now, Duration lease, int limit) {
        Claim.requireOwner(owner);
        Objects.requireNonNull(now, "now");
        requirePositive(lease);
        if (limit < 1) {
            throw new IllegalArgumentException("claim limit must be 1 or more, got " + limit);
        }
        return access.run("reminder_outbox.claimDue",
                connection -> claims.claimDue(connection, owner, now, lease, limit));
    }

    @Override
    public Optional<OutboxRecord> claim(String key, String owner, Instant now, Duration lease) {
        Objects.requireNonNull(key, "key");
        Claim.requireOwner(owner);
        Objects.requireNonNull(now, "now");
        requirePositive(lease);
        return access.run("reminder_outbox.claim", connection -> {
            OutboxRecord record = require(connection, key);
            if (!record.isClaimableAt(now)) {
                return Optional.empty();
            }
            OutboxRecord claimed = record.claimedBy(owner, now, lease);
            rows.write(connection, claimed);
            return Optional.of(claimed);
        });
    }

    @Override
    public OutboxRecord renew(String key, Claim claim, Instant now, Duration lease) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(now, "now");
        requirePositive(lease);
        return change("reminder_outbox.renew", key, record -> record.renewed(claim, now, lease));
    }

    @Override
    public OutboxRecord complete(String key, Claim claim, DispatchOutcome outcome) {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(outcome, "outcome");
        return change("reminder_outbox.complete", key,
                record -> record.completed(claim, outcome));
    }

    @Override
    public OutboxRecord resolve(String key, DispatchOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome instanceof DispatchOutcome.Unknown) {
            throw new IllegalArgumentException("resolve outbox record " + key
                    + " with sent, failed or retry, not unknown");
        }
        return change("reminder_outbox.resolve", key, record -> record.resolved(outcome));
    }

    @Override
    public OutboxRecord replacePayload(String key, String payload) {
        Objects.requireNonNull(payload, "payload");
        return change("reminder_outbox.replacePayload", key,
                record -> record.withPayload(payload));
    }

    @Override
    public OutboxRecord cancel(String key, Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        return change("reminder_outbox.cancel", key, record -> record.cancelled(at, reason));
    }

    @Override
    public Page<OutboxRecord> findByCustomer(CustomerId customerId, Instant activeSince,
            PageRequest request) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(activeSince, "activeSince");
        Keyset.Cursor cursor = Keyset.cursor(BY_CUSTOMER,
                Objects.requireNonNull(request, "request"));
        List<String> conditions = List.of("customer_id = ?", "(created_at >= ?"
                + " OR status IN ('PENDING', 'UNKNOWN') OR completed_at >= ?)");
        return access.run("reminder_outbox.findByCustomer", connection -> Keyset.page(connection,
                context, rows.select, conditions,
                Sql.params(customerId.value(), activeSince, activeSince), cursor, rows::map,
                OutboxClaims::sortKey));
    }

    @Override
    public Page<OutboxRecord> findCreatedSince(Instant createdSince, PageRequest request) {
        Objects.requireNonNull(createdSince, "createdSince");
        Keyset.Cursor cursor = Keyset.cursor(BY_CREATION,
                Objects.requireNonNull(request, "request"));
        return access.run("reminder_outbox.findCreatedSince", connection -> Keyset.page(
                connection, context, rows.select, List.of("created_at >= ?"),
                Sql.params(createdSince), cursor, rows::map, OutboxClaims::sortKey));
    }

    @Override
    public Page<OutboxRecord> findByStatus(OutboxStatus status, PageRequest request) {
        Objects.requireNonNull(status, "status");
        Keyset.Cursor cursor = Keyset.cursor(BY_STATUS, Objects.requireNonNull(request, "request"));
        return access.run("reminder_outbox.findByStatus", connection -> Keyset.page(connection,
                context, rows.select, List.of("status = ?"), Sql.params(status), cursor,
                rows::map, OutboxClaims::sortKey));
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return access.run("reminder_outbox.deleteFinishedBefore",
                connection -> Sql.update(connection, deleteFinished, Sql.params(cutoff)));
    }

    /** Locks a record, applies a transition and writes the result. */
    private OutboxRecord change(String operation, String key,
            UnaryOperator<OutboxRecord> transition) {
        Objects.requireNonNull(key, "key");
        return access.run(operation, connection -> {
            OutboxRecord next = transition.apply(require(connection, key));
            rows.write(connection, next);
            return next;
        });
    }

    private OutboxRecord require(Connection connection, String key) throws SQLException {
        return rows.lock(connection, key).orElseThrow(() -> new NotFoundException(
                "outbox record " + key + " not found"));
    }

    private static void requirePositive(Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, got " + lease);
        }
    }
}
