package io.github.receivables.spi.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A bank statement that was imported, recorded so the same statement is recognized when it
 * arrives again.
 *
 * @param statementKey the caller's identity of the statement, such as the account plus the
 *     statement id and sequence number, or a digest of the file when it carries no id (an account
 *     number is personal data: hash it into the key); 1 to {@link #MAX_KEY_LENGTH} characters,
 *     not blank
 * @param fileDigest the SHA-256 of the file as 64 lower-case hexadecimal digits, or null when
 *     not computed
 * @param importedAt when the import was recorded; never null
 * @param entryCount how many entries the statement contains, zero or more
 */
public record StatementImport(String statementKey, String fileDigest, Instant importedAt,
        int entryCount) {

    /** The maximum length of a statement key or entry id that every store accepts. */
    public static final int MAX_KEY_LENGTH = 200;

    /**
     * Validates the components.
     *
     * @throws NullPointerException if statementKey or importedAt is null
     * @throws IllegalArgumentException if the key is blank or too long, the digest is not 64
     *     lower-case hexadecimal digits, or entryCount is negative
     */
    public StatementImport {
        requireKey("statement key", statementKey);
        Objects.requireNonNull(importedAt, "importedAt");
        if (fileDigest != null && !fileDigest.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("file digest of statement " + statementKey
                    + " must be 64 lower-case hexadecimal digits (SHA-256), got '" + fileDigest
                    + "'");
        }
        if (entryCount < 0) {
            throw new IllegalArgumentException("statement " + statementKey
                    + " has a negative entry count " + entryCount);
        }
    }

    /**
     * Checks a statement key or entry id.
     *
     * @param what what the value is, for the message, such as {@code "entry id"}
     * @param value the value
     * @return the value
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the value is blank or longer than {@link #MAX_KEY_LENGTH}
     */
    public static String requireKey(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(what + " '" + value + "' must be 1 to "
                    + MAX_KEY_LENGTH + " characters and not blank");
        }
        return value;
    }
}
