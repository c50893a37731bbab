package io.github.receivables.spi.memory;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.memory.Keys.TimeKey;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@link ReminderOutboxStore} over the in-memory tables. Every change runs under the write lock,
 * so claims are exclusive; the state machine is {@link OutboxRecord}'s.
 */
final class MemoryReminderOutboxStore implements ReminderOutboxStore {

    private static final Keys.TokenCodec<TimeKey> TOKENS = Keys.timeTokens();

    private final MemoryDatabase db;
    private final Access access;

    MemoryReminderOutboxStore(MemoryDatabase db, Access access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public InsertResult<OutboxRecord> insertIfAbsent(OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return access.write(undo -> insertIfAbsent(entry, undo));
    }

    @Override
    public List<InsertResult<OutboxRecord>> insertAllIfAbsent(Collection<OutboxEntry> entries) {
        List<OutboxEntry> copy = List.copyOf(entries);
        return access.write(undo -> {
            List<InsertResult<OutboxRecord>> results = new ArrayList<>(copy.size());
            for (OutboxEntry entry : copy) {
                results.add(insertIfAbsent(entry, undo));
            }
            return results;
        });
    }

    private InsertResult<OutboxRecord> insertIfAbsent(OutboxEntry entry, UndoLog undo) {
        OutboxRecord existing = db.outbox.get(entry.key());
        if (existing != null) {
            return new InsertResult.AlreadyPresent<>(existing);
        }
        OutboxRecord record = OutboxRecord.pending(entry);
        db.outbox.put(entry.key(), record, undo);
        return new InsertResult.Inserted<>(record);
    }

    @Override
    public Optional<OutboxRecord> find(String key) {
        Objects.requireNonNull(key, "key");
        return access.read(() -> Optional.ofNullable(db.outbox.get(key)));
    }

    @Override
    public List<OutboxRecord> claimDue(String owner, Instant now, Duration lease, int limit) {
        Claim.requireOwner(owner);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        if (limit < 1) {
            throw new IllegalArgumentException("claim limit must be 1 or more, got " + limit);
        }
        return access.write(undo -> {
            List<OutboxRecord> due = new ArrayList<>();
            for (String key : db.outboxPendingByDue.group(OutboxStatus.PENDING).values()) {
                OutboxRecord record = db.outbox.get(key);
                if (record.entry().notBefore().isAfter(now) || due.size() == limit) {
                    break;
                }
                if (record.isClaimableAt(now)) {
                    due.add(record);
                }
            }
            List<OutboxRecord> claimed = new ArrayList<>(due.size());
            for (OutboxRecord record : due) {
                OutboxRecord next = record.claimedBy(owner, now, lease);
                db.outbox.put(next.key(), next, undo);
                claimed.add(next);
            }
            return claimed;
        });
    }

    @Override
    public Optional<OutboxRecord> claim(String key, String owner, Instant now, Duration lease) {
        Objects.requireNonNull(key, "key");
        Claim.requireOwner(owner);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lease, "lease");
        return access.write(undo -> {
            OutboxRecord record = require(key);
            if (!record.isClaimableAt(now)) {
                return Optional.empty();
            }
            OutboxRecord next = record.claimedBy(owner, now, lease);
            db.outbox.put(key, next, undo);
            return Optional.of(next);
        });
    }

    @Override
    public OutboxRecord renew(String key, Claim claim, Instant now, Duration lease) {
        Objects.requireNonNull(now, "now");
        return change(key, record -> record.renewed(claim, now, lease));
    }

    @Override
    public OutboxRecord complete(String key, Claim claim, DispatchOutcome outcome) {
        return change(key, record -> record.completed(claim, outcome));
    }

    @Override
    public OutboxRecord resolve(String key, DispatchOutcome outcome) {
        return change(key, record -> record.resolved(outcome));
    }

    @Override
    public OutboxRecord replacePayload(String key, String payload) {
        return change(key, record -> record.withPayload(payload));
    }

    @Override
    public OutboxRecord cancel(String key, Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        return change(key, record -> record.cancelled(at, reason));
    }

    @Override
    public Page<OutboxRecord> findByCustomer(CustomerId customerId, Instant activeSince,
            PageRequest request) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(activeSince, "activeSince");
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.outboxByCustomer.group(customerId), request,
                TOKENS, db.outbox::get, record -> isActiveSince(record, activeSince)));
    }

    @Override
    public Page<OutboxRecord> findCreatedSince(Instant createdSince, PageRequest request) {
        Objects.requireNonNull(createdSince, "createdSince");
        Objects.requireNonNull(request, "request");
        return access.read(() -> {
            NavigableMap<TimeKey, String> all = db.outboxByCreation.group(Boolean.TRUE);
            if (all.isEmpty()) {
                // The empty view sorts naturally, and TimeKey is not Comparable.
                return Page.last(List.of());
            }
            // The empty key sorts before every key created at the same instant.
            NavigableMap<TimeKey, String> since = all.tailMap(new TimeKey(createdSince, ""), true);
            return Paging.page(since, request, TOKENS, db.outbox::get);
        });
    }

    @Override
    public Page<OutboxRecord> findByStatus(OutboxStatus status, PageRequest request) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(request, "request");
        return access.read(() -> Paging.page(db.outboxByStatus.group(status), request, TOKENS,
                db.outbox::get));
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return access.write(undo -> {
            List<String> finished = new ArrayList<>();
            for (OutboxStatus status : OutboxStatus.values()) {
                if (!status.isFinal()) {
                    continue;
                }
                for (String key : db.outboxByStatus.group(status).values()) {
                    if (db.outbox.get(key).completedAt().isBefore(cutoff)) {
                        finished.add(key);
                    }
                }
            }
            finished.forEach(key -> db.outbox.remove(key, undo));
            return finished.size();
        });
    }

    private static boolean isActiveSince(OutboxRecord record, Instant since) {
        return !record.entry().createdAt().isBefore(since)
                || !record.status().isFinal()
                || !record.completedAt().isBefore(since);
    }

    private OutboxRecord change(String key, UnaryOperator<OutboxRecord> transition) {
        Objects.requireNonNull(key, "key");
        return access.write(undo -> {
            OutboxRecord next = transition.apply(require(key));
            db.outbox.put(key, next, undo);
            return next;
        });
    }

    private OutboxRecord require(String key) {
        OutboxRecord record = db.outbox.get(key);
        if (record == null) {
            throw new NotFoundException("outbox record " + key + " not found");
        }
        return record;
    }
}
