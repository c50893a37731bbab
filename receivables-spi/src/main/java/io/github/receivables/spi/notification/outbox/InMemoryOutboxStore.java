package io.github.receivables.spi.notification.outbox;

import io.github.receivables.core.party.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An {@link OutboxStore} in a concurrent map, for tests, examples and single-process hosts.
 * Thread-safe; insert and update are atomic per key. Records are lost when the process ends.
 */
public final class InMemoryOutboxStore implements OutboxStore {

    private final ConcurrentMap<String, OutboxRecord> records = new ConcurrentHashMap<>();

    @Override
    public boolean insert(OutboxRecord record) {
        Objects.requireNonNull(record, "record");
        return records.putIfAbsent(record.key(), record.withVersion(0)) == null;
    }

    @Override
    public Optional<OutboxRecord> find(String key) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public Optional<OutboxRecord> update(OutboxRecord current, OutboxRecord next) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        if (!current.key().equals(next.key())) {
            throw new IllegalArgumentException("cannot update outbox " + current.key()
                    + " with a record of key " + next.key());
        }
        OutboxRecord stored = next.withVersion(current.version() + 1);
        OutboxRecord result = records.computeIfPresent(current.key(),
                (key, old) -> old.version() == current.version() ? stored : old);
        return result == stored ? Optional.of(stored) : Optional.empty();
    }

    @Override
    public List<OutboxRecord> findResumable(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return records.values().stream()
                .filter(r -> r.isClaimable(now) && !r.entry().sendAt().isAfter(now))
                .sorted(Comparator.comparing((OutboxRecord r) -> r.entry().sendAt())
                        .thenComparing(OutboxRecord::key))
                .limit(limit)
                .collect(Collectors.toList());
    }

    @Override
    public List<OutboxRecord> findByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<OutboxRecord> found = new ArrayList<>();
        for (OutboxRecord record : records.values()) {
            if (record.entry().customerId().equals(customerId)) {
                found.add(record);
            }
        }
        found.sort(Comparator.comparing(OutboxRecord::key));
        return found;
    }

    @Override
    public Stream<OutboxRecord> streamPlannedSince(LocalDate from) {
        Objects.requireNonNull(from, "from");
        return List.copyOf(records.values()).stream()
                .filter(r -> !r.entry().plannedDate().isBefore(from));
    }

    /**
     * Returns how many records the store holds.
     *
     * @return the number of records
     */
    public int size() {
        return records.size();
    }
}
