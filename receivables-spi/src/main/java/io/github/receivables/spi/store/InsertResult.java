package io.github.receivables.spi.store;

import java.util.Objects;

/**
 * What an insert-if-absent did: inserted the new row, or found a row with the same key and left
 * it unchanged. Two callers racing to insert the same key get one {@link Inserted} and one
 * {@link AlreadyPresent} between them.
 *
 * @param <T> the stored type
 */
public sealed interface InsertResult<T> {

    /**
     * Returns the stored row: the new one, or the one already present.
     *
     * @return the row; never null
     */
    T value();

    /**
     * Tells whether this call inserted the row.
     *
     * @return true for {@link Inserted}
     */
    default boolean inserted() {
        return this instanceof Inserted;
    }

    /**
     * The row was absent and is now inserted.
     *
     * @param value the row as stored; never null
     * @param <T> the stored type
     */
    record Inserted<T>(T value) implements InsertResult<T> {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if value is null
         */
        public Inserted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A row with the same key was already stored; nothing was written. The existing row may
     * differ from the one offered, and the caller decides whether that is an error.
     *
     * @param value the row already stored; never null
     * @param <T> the stored type
     */
    record AlreadyPresent<T>(T value) implements InsertResult<T> {
        /**
         * Validates the component.
         *
         * @throws NullPointerException if value is null
         */
        public AlreadyPresent {
            Objects.requireNonNull(value, "value");
        }
    }
}
