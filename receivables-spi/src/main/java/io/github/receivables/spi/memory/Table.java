package io.github.receivables.spi.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rows sorted by primary key, with secondary indexes kept in step. Every write records its undo
 * action. Not thread-safe: guarded by the database lock.
 *
 * @param <K> the primary key
 * @param <V> the row type
 */
final class Table<K, V> {

    private final TreeMap<K, V> rows;
    private final List<Index<?, ?, K, V>> indexes = new ArrayList<>();

    Table(Comparator<? super K> order) {
        this.rows = new TreeMap<>(order);
    }

    /** Adds an index; call before the first write. */
    <G, S> Index<G, S, K, V> index(Function<V, Collection<G>> groupsOf, Function<V, S> sortKeyOf,
            Comparator<? super S> order) {
        Index<G, S, K, V> index = new Index<>(groupsOf, sortKeyOf, order);
        indexes.add(index);
        return index;
    }

    V get(K key) {
        return rows.get(key);
    }

    boolean contains(K key) {
        return rows.containsKey(key);
    }

    /** Returns all rows by primary key; a read-only view. */
    NavigableMap<K, V> rows() {
        return Collections.unmodifiableNavigableMap(rows);
    }

    /** Inserts or replaces a row. */
    void put(K key, V row, UndoLog undo) {
        V previous = rows.get(key);
        replace(key, row);
        undo.record(() -> replace(key, previous));
    }

    /** Deletes a row, if present. */
    void remove(K key, UndoLog undo) {
        V previous = rows.get(key);
        if (previous != null) {
            replace(key, null);
            undo.record(() -> replace(key, previous));
        }
    }

    private void replace(K key, V row) {
        V current = row == null ? rows.remove(key) : rows.put(key, row);
        if (current != null) {
            indexes.forEach(index -> index.remove(current));
        }
        if (row != null) {
            indexes.forEach(index -> index.add(key, row));
        }
    }
}
