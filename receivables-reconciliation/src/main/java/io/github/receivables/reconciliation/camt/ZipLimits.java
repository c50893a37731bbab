package io.github.receivables.reconciliation.camt;

/**
 * Bounds a {@link CamtZipReader} enforces against ZIP bombs: the number of archive entries and the
 * total number of bytes they expand to. Each XML entry is also subject to the
 * {@link io.github.receivables.reconciliation.statement.ReaderLimits} of the camt reader.
 *
 * @param maxEntries the most archive entries read, directories and skipped entries included
 * @param maxUncompressedBytes the most bytes all entries may expand to together
 */
public record ZipLimits(int maxEntries, long maxUncompressedBytes) {

    /** Defaults: 1,000 entries and 4 GiB expanded. */
    public static final ZipLimits DEFAULTS = new ZipLimits(1_000, 4L * 1024 * 1024 * 1024);

    /**
     * Validates the limits.
     *
     * @param maxEntries the most archive entries read, positive
     * @param maxUncompressedBytes the most bytes all entries may expand to together, positive
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ZipLimits {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        if (maxUncompressedBytes <= 0) {
            throw new IllegalArgumentException(
                    "maxUncompressedBytes must be positive, got " + maxUncompressedBytes);
        }
    }
}
