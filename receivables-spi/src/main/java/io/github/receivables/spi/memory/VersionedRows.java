package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OptimisticLockException;
import io.github.receivables.spi.store.Versioned;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The insert, update and lookup rules shared by the tables of versioned rows. Runs inside a
 * store's {@link Access}, which holds the lock.
 *
 * @param <K> the primary key
 * @param <T> the stored value
 */
final class VersionedRows<K, T> {

    private final String kind;
    private final Table<K, Versioned<T>> table;
    private final Function<T, K> keyOf;

    VersionedRows(String kind, Table<K, Versioned<T>> table, Function<T, K> keyOf) {
        this.kind = kind;
        this.table = table;
        this.keyOf = keyOf;
    }

    Versioned<T> insert(T value, UndoLog undo) {
        K key = keyOf.apply(value);
        if (table.contains(key)) {
            throw duplicate(key);
        }
        Versioned<T> row = Versioned.initial(value);
        table.put(key, row, undo);
        return row;
    }

    List<Versioned<T>> insertAll(List<T> values, UndoLog undo) {
        Set<K> seen = new HashSet<>();
        for (T value : values) {
            K key = keyOf.apply(Objects.requireNonNull(value, kind));
            if (!seen.add(key) || table.contains(key)) {
                throw duplicate(key);
            }
        }
        List<Versioned<T>> stored = new ArrayList<>(values.size());
        for (T value : values) {
            stored.add(insert(value, undo));
        }
        return stored;
    }

    List<InsertResult<Versioned<T>>> insertAllIfAbsent(List<T> values, UndoLog undo) {
        values.forEach(value -> Objects.requireNonNull(value, kind));
        List<InsertResult<Versioned<T>>> results = new ArrayList<>(values.size());
        for (T value : values) {
            Versioned<T> existing = table.get(keyOf.apply(value));
            results.add(existing != null ? new InsertResult.AlreadyPresent<>(existing)
                    : new InsertResult.Inserted<>(insert(value, undo)));
        }
        return results;
    }

    Versioned<T> update(T value, long expectedVersion, UndoLog undo) {
        K key = keyOf.apply(value);
        Versioned<T> current = requireVersion(key, expectedVersion);
        Versioned<T> next = current.next(value);
        table.put(key, next, undo);
        return next;
    }

    /** Returns the stored row if it is at the expected version. */
    Versioned<T> requireVersion(K key, long expectedVersion) {
        Versioned<T> current = table.get(key);
        if (current == null) {
            throw new NotFoundException(kind + " " + key + " not found");
        }
        if (current.version() != expectedVersion) {
            throw new OptimisticLockException(kind + " " + key + " is at version "
                    + current.version() + ", not " + expectedVersion
                    + ": read it again and reapply the change");
        }
        return current;
    }

    Map<K, Versioned<T>> findAll(List<K> keys) {
        Map<K, Versioned<T>> found = new LinkedHashMap<>();
        for (K key : keys) {
            Versioned<T> row = table.get(Objects.requireNonNull(key, "id"));
            if (row != null) {
                found.put(key, row);
            }
        }
        return found;
    }

    DuplicateKeyException duplicate(K key) {
        return new DuplicateKeyException(kind + " " + key + " already exists");
    }
}
