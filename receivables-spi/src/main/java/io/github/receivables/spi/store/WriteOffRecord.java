package io.github.receivables.spi.store;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.WriteOff;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored write-off: the core {@link WriteOff} (document, amount, day, reversal day) with the
 * id, reason and source that storage needs. Load {@link #writeOff()} into a core ledger with
 * {@code Ledger.recordWriteOff}, so open balances subtract it while it is in force.
 *
 * @param id the identifier; never null
 * @param writeOff the document, amount in the document's currency, day and reversal day; never
 *     null
 * @param reason why the amount was written off; never null
 * @param source what caused the write-off, 1 to 100 characters, not blank. Matching stores the
 *     id of the match decision, which is the bank line id. For a write-off a person posts, the
 *     host chooses its own reference. {@link WriteOffStore#findBySource} looks write-offs up by it
 */
public record WriteOffRecord(WriteOffId id, WriteOff writeOff, WriteOffReason reason,
        String source) {

    /** The largest length of {@link #source()}. */
    public static final int MAX_SOURCE_LENGTH = 100;

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the source is blank or longer than 100 characters
     */
    public WriteOffRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writeOff, "writeOff");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        if (source.isBlank() || source.length() > MAX_SOURCE_LENGTH) {
            throw new IllegalArgumentException("source '" + source + "' of write-off " + id
                    + " must be 1 to " + MAX_SOURCE_LENGTH + " characters and not blank");
        }
    }

    /**
     * Returns the document written off.
     *
     * @return the document id; never null
     */
    public DocumentId documentId() {
        return writeOff.documentId();
    }

    /**
     * Returns the day the write-off stopped counting.
     *
     * @return the reversal day, or null while in force
     */
    public LocalDate reversedOn() {
        return writeOff.reversedOn();
    }

    /**
     * Returns a copy reversed on a day.
     *
     * @param on the first day it no longer counts, on or after the write-off's day; never null
     * @return the reversed record; never null
     * @throws IllegalStateException if already reversed
     * @throws IllegalArgumentException if the day precedes the write-off's day
     */
    public WriteOffRecord reverse(LocalDate on) {
        return new WriteOffRecord(id, writeOff.reverse(on), reason, source);
    }
}
