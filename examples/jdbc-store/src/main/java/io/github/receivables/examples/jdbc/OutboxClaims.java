package io.github.receivables.examples.jdbc;

import io.github.receivables.spi.store.OutboxRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Claims due outbox records for {@link JdbcReminderOutboxStore#claimDue}. Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}: a row another dispatcher has locked is passed over, never
 * waited for, and every locked row is checked again with {@link OutboxRecord#isClaimableAt}
 * before it is claimed.
 */
final class OutboxClaims {

    /** How many candidate keys H2 reads per round. */
    private static final int H2_WINDOW = 32;

    private final StoreContext context;
    private final OutboxRows rows;
    private final String lockDue;
    private final String dueKeys;
    private final String dueKeysAfter;
    private final String lockIfFree;

    OutboxClaims(StoreContext context, OutboxRows rows) {
        this.context = context;
        this.rows = rows;
        String order = " ORDER BY not_before, {order:idempotency_key} LIMIT ?";
        this.lockDue = context.sql(rows.select + " WHERE " + OutboxRows.CLAIMABLE + order
                + " FOR UPDATE SKIP LOCKED");
        String keys = "SELECT idempotency_key, not_before FROM {reminder_outbox} WHERE "
                + OutboxRows.CLAIMABLE;
        this.dueKeys = context.sql(keys + order);
        this.dueKeysAfter = context.sql(keys
                + " AND (not_before, {order:idempotency_key}) > (?, ?)" + order);
        this.lockIfFree = rows.select + " WHERE idempotency_key = ? FOR UPDATE SKIP LOCKED";
    }

    /** Returns the sort key of listings by creation instant, then key. */
    static Keyset.SortKey sortKey(OutboxRecord record) {
        return new Keyset.SortKey(record.entry().createdAt(), record.key());
    }

    /** Claims up to {@code limit} due records, ordered by not-before instant, then key. */
    List<OutboxRecord> claimDue(Connection connection, String owner, Instant now,
            Duration lease, int limit) throws SQLException {
        if (context.dialect.limitsBeforeSkippingLocked()) {
            return claimDueInWindows(connection, owner, now, lease, limit);
        }
        List<OutboxRecord> locked = Sql.queryList(connection, lockDue, rows::map,
                Sql.params(now, now, limit));
        List<OutboxRecord> claimed = new ArrayList<>(locked.size());
        for (OutboxRecord record : locked) {
            if (record.isClaimableAt(now)) {
                claimed.add(claim(connection, record, owner, now, lease));
            }
        }
        return claimed;
    }

    /**
     * Claims from windows of candidate keys read without locks, because H2 applies {@code LIMIT}
     * before it skips locked rows. Candidates are then locked one by one, skipping those another
     * dispatcher holds, and only until the limit is reached, so no row stays locked unclaimed.
     */
    private List<OutboxRecord> claimDueInWindows(Connection connection, String owner,
            Instant now, Duration lease, int limit) throws SQLException {
        List<OutboxRecord> claimed = new ArrayList<>();
        Keyset.SortKey after = null;
        while (claimed.size() < limit) {
            List<Keyset.SortKey> candidates = candidates(connection, now, after);
            for (Keyset.SortKey candidate : candidates) {
                if (claimed.size() == limit) {
                    break;
                }
                Optional<OutboxRecord> record = Sql.queryOne(connection, lockIfFree, rows::map,
                        List.of(candidate.key()));
                if (record.isPresent() && record.get().isClaimableAt(now)) {
                    claimed.add(claim(connection, record.get(), owner, now, lease));
                }
            }
            if (candidates.size() < H2_WINDOW) {
                break;
            }
            after = candidates.get(candidates.size() - 1);
        }
        return claimed;
    }

    private List<Keyset.SortKey> candidates(Connection connection, Instant now,
            Keyset.SortKey after) throws SQLException {
        Sql.RowMapper<Keyset.SortKey> mapper = row -> new Keyset.SortKey(
                Sql.instant(row, "not_before"), row.getString("idempotency_key"));
        if (after == null) {
            return Sql.queryList(connection, dueKeys, mapper, Sql.params(now, now, H2_WINDOW));
        }
        return Sql.queryList(connection, dueKeysAfter, mapper, Sql.params(now, now, after.at(),
                context.dialect.orderKey(after.key()), H2_WINDOW));
    }

    private OutboxRecord claim(Connection connection, OutboxRecord record, String owner,
            Instant now, Duration lease) throws SQLException {
        OutboxRecord claimed = record.claimedBy(owner, now, lease);
        rows.write(connection, claimed);
        return claimed;
    }
}
