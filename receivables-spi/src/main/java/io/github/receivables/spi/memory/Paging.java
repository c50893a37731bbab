package io.github.receivables.spi.memory;

import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Keyset paging over sorted maps: the token is the sort key of the last item returned. */
final class Paging {

    private Paging() {}

    /**
     * Reads one page.
     *
     * @param sorted entries by sort key
     * @param request the page request
     * @param codec turns sort keys into tokens and back
     * @param load maps an entry's value to the item, or null to skip it
     * @param filter keeps the items the query wants
     */
    static <S, E, R> Page<R> page(NavigableMap<S, E> sorted, PageRequest request,
            Keys.TokenCodec<S> codec, Function<E, R> load, Predicate<R> filter) {
        NavigableMap<S, E> rest = request.token() == null ? sorted
                : sorted.tailMap(codec.decode(request.token()), false);
        List<R> items = new ArrayList<>();
        S lastKey = null;
        for (Map.Entry<S, E> entry : rest.entrySet()) {
            R item = load.apply(entry.getValue());
            if (item == null || !filter.test(item)) {
                continue;
            }
            if (items.size() == request.size()) {
                return new Page<>(items, codec.encode(lastKey));
            }
            items.add(item);
            lastKey = entry.getKey();
        }
        return Page.last(items);
    }

    /** Reads one page of all entries, unfiltered. */
    static <S, E, R> Page<R> page(NavigableMap<S, E> sorted, PageRequest request,
            Keys.TokenCodec<S> codec, Function<E, R> load) {
        return page(sorted, request, codec, load, item -> true);
    }
}
