package io.github.receivables.spi.memory;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A secondary index of a {@link Table}: rows grouped by a value (a row may be in several groups)
 * and sorted inside each group by a sort key unique within the group. Maintained by the table;
 * guarded by the database lock like the table.
 *
 * @param <G> the group value, compared by equals
 * @param <S> the sort key
 * @param <K> the table's primary key
 * @param <V> the row type
 */
final class Index<G, S, K, V> {

    private final Function<V, Collection<G>> groupsOf;
    private final Function<V, S> sortKeyOf;
    private final Comparator<? super S> order;
    private final Map<G, TreeMap<S, K>> groups = new HashMap<>();

    Index(Function<V, Collection<G>> groupsOf, Function<V, S> sortKeyOf,
            Comparator<? super S> order) {
        this.groupsOf = groupsOf;
        this.sortKeyOf = sortKeyOf;
        this.order = order;
    }

    /** Returns the primary keys of a group by sort key; a read-only view, empty if none. */
    NavigableMap<S, K> group(G group) {
        TreeMap<S, K> members = groups.get(group);
        return members == null ? Collections.emptyNavigableMap()
                : Collections.unmodifiableNavigableMap(members);
    }

    void add(K key, V row) {
        S sortKey = sortKeyOf.apply(row);
        for (G group : groupsOf.apply(row)) {
            groups.computeIfAbsent(group, g -> new TreeMap<>(order)).put(sortKey, key);
        }
    }

    void remove(V row) {
        S sortKey = sortKeyOf.apply(row);
        for (G group : groupsOf.apply(row)) {
            TreeMap<S, K> members = groups.get(group);
            if (members != null) {
                members.remove(sortKey);
                if (members.isEmpty()) {
                    groups.remove(group);
                }
            }
        }
    }
}
