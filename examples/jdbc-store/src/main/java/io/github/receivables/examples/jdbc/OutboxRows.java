package io.github.receivables.examples.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The statements of the {@code reminder_outbox} table and the mapping between its rows and
 * {@link OutboxRecord}s. The state machine itself is {@code OutboxRecord}'s: the store locks a
 * row, applies a transition to the record read from it and writes the result back.
 */
final class OutboxRows {

    private static final TypeReference<List<DocumentId>> DOCUMENT_IDS = new TypeReference<>() {};
    static final String COLUMNS = "idempotency_key, customer_id, channel, document_ids,"
            + " created_at, not_before, payload, status, attempts, claim_owner, claim_attempt,"
            + " lease_until, completed_at, receipt_id, status_detail";

    /** The condition of a record that a dispatcher may claim at the two instant parameters. */
    static final String CLAIMABLE = "status = 'PENDING' AND not_before <= ?"
            + " AND (lease_until IS NULL OR lease_until <= ?)";

    private final StoreContext context;
    final String select;
    private final String selectByKey;
    private final String selectByKeyForUpdate;
    private final String insertPending;
    private final String write;

    OutboxRows(StoreContext context) {
        this.context = context;
        this.select = context.sql("SELECT " + COLUMNS + " FROM {reminder_outbox}");
        this.selectByKey = select + " WHERE idempotency_key = ?";
        this.selectByKeyForUpdate = selectByKey + " FOR UPDATE";
        this.insertPending = context.sql("INSERT INTO {reminder_outbox} (idempotency_key,"
                + " customer_id, channel, document_ids, created_at, not_before, payload, status,"
                + " attempts, written_at) VALUES (?, ?, ?, {json}, ?, ?, ?, 'PENDING', 0, ?)");
        this.write = context.sql("UPDATE {reminder_outbox} SET not_before = ?, payload = ?, status = ?,"
                + " attempts = ?, claim_owner = ?, claim_attempt = ?, lease_until = ?,"
                + " completed_at = ?, receipt_id = ?, status_detail = ?, written_at = ?"
                + " WHERE idempotency_key = ?");
    }

    /** Inserts a pending record unless the key is stored; true if inserted. */
    boolean insertPending(Connection connection, OutboxEntry entry) throws SQLException {
        return context.dialect.insertIfAbsent(connection, insertPending, Sql.params(entry.key(),
                entry.customerId().value(), entry.channel(),
                context.json.write(entry.documentIds()), entry.createdAt(), entry.notBefore(),
                entry.payload(), context.now()));
    }

    /** Reads a record without locking it. */
    Optional<OutboxRecord> find(Connection connection, String key) throws SQLException {
        return Sql.queryOne(connection, selectByKey, this::map, List.of(key));
    }

    /** Reads a record and locks its row until the transaction ends. */
    Optional<OutboxRecord> lock(Connection connection, String key) throws SQLException {
        return Sql.queryOne(connection, selectByKeyForUpdate, this::map, List.of(key));
    }

    /** Writes the state and payload of a record back to its row. */
    void write(Connection connection, OutboxRecord record) throws SQLException {
        Claim claim = record.claim();
        Sql.update(connection, write, Sql.params(record.entry().notBefore(),
                record.entry().payload(), record.status(),
                record.attempts(),
                claim == null ? null : claim.owner(),
                claim == null ? null : claim.attempt(),
                claim == null ? null : claim.leaseUntil(),
                record.completedAt(), record.receiptId(), record.statusDetail(), context.now(),
                record.key()));
    }

    /** Reads the channel column, which is null for a task for a person. */
    private static ContactChannel channel(String name) {
        return name == null ? null : ContactChannel.valueOf(name);
    }

    /** Maps a row selected with {@link #COLUMNS}. */
    OutboxRecord map(ResultSet row) throws SQLException {
        OutboxEntry entry = new OutboxEntry(
                row.getString("idempotency_key"),
                CustomerId.of(row.getString("customer_id")),
                channel(row.getString("channel")),
                context.json.read(row.getString("document_ids"), DOCUMENT_IDS,
                        "reminder_outbox.document_ids"),
                Sql.instant(row, "created_at"),
                Sql.instant(row, "not_before"),
                row.getString("payload"));
        String owner = row.getString("claim_owner");
        Claim claim = owner == null ? null : new Claim(owner, row.getInt("claim_attempt"),
                Sql.instant(row, "lease_until"));
        return new OutboxRecord(entry, OutboxStatus.valueOf(row.getString("status")),
                row.getInt("attempts"), claim, Sql.instant(row, "completed_at"),
                row.getString("receipt_id"), row.getString("status_detail"));
    }
}
