package io.github.receivables.spi.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a keyset-paged query to read: the page size and the continuation token of the
 * previous page. Tokens are opaque: pass back exactly what a {@link Page} returned, to the same
 * query with the same arguments.
 *
 * @param size the maximum number of items, from 1 to {@link #MAX_SIZE}
 * @param token the continuation token from the previous page, or null for the first page
 */
public record PageRequest(int size, String token) {

    /** The largest page size every store accepts. */
    public static final int MAX_SIZE = 10_000;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if size is outside 1 to {@link #MAX_SIZE} or the token is
     *     empty
     */
    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", got "
                    + size);
        }
        if (token != null && token.isEmpty()) {
            throw new IllegalArgumentException("page token is empty: pass null for the first page");
        }
    }

    /**
     * Requests the first page.
     *
     * @param size the maximum number of items, from 1 to {@link #MAX_SIZE}
     * @return the request
     * @throws IllegalArgumentException if size is out of range
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /**
     * Requests the page after the one that returned a token.
     *
     * @param token the continuation token of the previous page; never null
     * @param size the maximum number of items, from 1 to {@link #MAX_SIZE}
     * @return the request
     * @throws IllegalArgumentException if size is out of range or the token is empty
     */
    public static PageRequest after(String token, int size) {
        return new PageRequest(size, Objects.requireNonNull(token, "token"));
    }

    /**
     * Returns the continuation token.
     *
     * @return the token, or empty for the first page
     */
    public Optional<String> findToken() {
        return Optional.ofNullable(token);
    }
}
