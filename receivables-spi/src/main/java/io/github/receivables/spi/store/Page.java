package io.github.receivables.spi.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a keyset-paged query.
 *
 * <p>Every paged query of a store states its order, a total order over a unique key. Paging
 * through all pages returns each row that existed for the whole time exactly once, in that order,
 * even when other rows are inserted or deleted between pages. A row inserted or changed while
 * paging may or may not appear.
 *
 * @param items the items in the query's order, at most the requested size; never null
 * @param nextToken the token for the following page, or null when this page holds the last item
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String nextToken) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if items is null or contains null
     * @throws IllegalArgumentException if the token is empty
     */
    public Page {
        items = List.copyOf(items);
        if (nextToken != null && nextToken.isEmpty()) {
            throw new IllegalArgumentException("next page token is empty: use null on the last page");
        }
    }

    /**
     * Returns the last page of a query: no token follows it.
     *
     * @param items the items
     * @param <T> the item type
     * @return the page
     */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * Tells whether another page follows.
     *
     * @return true if {@link #nextToken()} is set
     */
    public boolean hasNext() {
        return nextToken != null;
    }

    /**
     * Returns the request for the following page.
     *
     * @param size the size of the next page, from 1 to {@link PageRequest#MAX_SIZE}
     * @return the request, or empty on the last page
     */
    public Optional<PageRequest> nextRequest(int size) {
        return nextToken == null ? Optional.empty() : Optional.of(PageRequest.after(nextToken, size));
    }

    /**
     * Streams every item of a paged query, reading one page at a time as the stream is consumed,
     * so memory holds one page at most.
     *
     * @param first the request for the first page; never null
     * @param fetch reads one page, such as {@code request -> store.list(request)}; never null
     * @param <T> the item type
     * @return a lazy sequential stream over all pages; it needs no closing
     */
    public static <T> Stream<T> streamAll(PageRequest first, Function<PageRequest, Page<T>> fetch) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(fetch, "fetch");
        Iterator<T> iterator = new PagingIterator<>(first, fetch);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /**
     * Collects every item of a paged query into a list. Only for queries known to be small.
     *
     * @param first the request for the first page; never null
     * @param fetch reads one page; never null
     * @param <T> the item type
     * @return all items in the query's order; never null
     */
    public static <T> List<T> collectAll(PageRequest first, Function<PageRequest, Page<T>> fetch) {
        List<T> all = new ArrayList<>();
        streamAll(first, fetch).forEach(all::add);
        return all;
    }

    private static final class PagingIterator<T> implements Iterator<T> {
        private final Function<PageRequest, Page<T>> fetch;
        private final int size;
        private PageRequest nextRequest;
        private Iterator<T> current = List.<T>of().iterator();

        PagingIterator(PageRequest first, Function<PageRequest, Page<T>> fetch) {
            this.fetch = fetch;
            this.size = first.size();
            this.nextRequest = first;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextRequest != null) {
                Page<T> page = fetch.apply(nextRequest);
                current = page.items().iterator();
                nextRequest = page.nextRequest(size).orElse(null);
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more pages");
            }
            return current.next();
        }
    }
}
