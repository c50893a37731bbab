package io.github.receivables.reconciliation.statement;

/**
 * Bounds a reader enforces so that a hostile or broken file ends in a
 * {@link LimitExceededException} instead of exhausting memory or time.
 *
 * @param maxFileBytes the largest input read, in bytes
 * @param maxEntries the most entries (plus transaction details) read from one file
 * @param maxFieldLength the longest text of one field or XML text node, in characters (Java
 *     {@code char} values). MT940 and BAI2 also apply it to each physical line, in bytes.
 * @param maxDepth the deepest XML element nesting accepted
 * @param maxWarnings the maximum number of warnings {@link StatementReader#readAll} keeps for
 *     one file. It counts the warnings beyond this number and reports how many it dropped in one
 *     last warning
 */
public record ReaderLimits(
        long maxFileBytes, long maxEntries, int maxFieldLength, int maxDepth, int maxWarnings) {

    /**
     * Defaults that every real statement we know fits in: 2 GiB, 10 million entries, 64 KiB per
     * field, a nesting depth of 64 and 1,000 kept warnings.
     */
    public static final ReaderLimits DEFAULTS =
            new ReaderLimits(2L * 1024 * 1024 * 1024, 10_000_000L, 65_536, 64, 1_000);

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if any limit is not positive
     */
    public ReaderLimits {
        requirePositive("maxFileBytes", maxFileBytes);
        requirePositive("maxEntries", maxEntries);
        requirePositive("maxFieldLength", maxFieldLength);
        requirePositive("maxDepth", maxDepth);
        requirePositive("maxWarnings", maxWarnings);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /**
     * Returns a copy with another maximum file size.
     *
     * @param bytes the largest input read, in bytes
     * @return the new limits
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public ReaderLimits withMaxFileBytes(long bytes) {
        return new ReaderLimits(bytes, maxEntries, maxFieldLength, maxDepth, maxWarnings);
    }

    /**
     * Returns a copy with another maximum entry count.
     *
     * @param entries the most entries read from one file
     * @return the new limits
     * @throws IllegalArgumentException if {@code entries} is not positive
     */
    public ReaderLimits withMaxEntries(long entries) {
        return new ReaderLimits(maxFileBytes, entries, maxFieldLength, maxDepth, maxWarnings);
    }

    /**
     * Returns a copy with another maximum field length.
     *
     * @param characters the longest text of one field
     * @return the new limits
     * @throws IllegalArgumentException if {@code characters} is not positive
     */
    public ReaderLimits withMaxFieldLength(int characters) {
        return new ReaderLimits(maxFileBytes, maxEntries, characters, maxDepth, maxWarnings);
    }

    /**
     * Returns a copy with another maximum nesting depth.
     *
     * @param depth the deepest XML nesting accepted
     * @return the new limits
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public ReaderLimits withMaxDepth(int depth) {
        return new ReaderLimits(maxFileBytes, maxEntries, maxFieldLength, depth, maxWarnings);
    }

    /**
     * Returns a copy with another maximum number of kept warnings.
     *
     * @param warnings the maximum number of warnings {@link StatementReader#readAll} keeps
     * @return the new limits
     * @throws IllegalArgumentException if {@code warnings} is not positive
     */
    public ReaderLimits withMaxWarnings(int warnings) {
        return new ReaderLimits(maxFileBytes, maxEntries, maxFieldLength, maxDepth, warnings);
    }
}
