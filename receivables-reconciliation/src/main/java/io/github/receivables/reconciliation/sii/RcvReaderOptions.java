package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Settings of an {@link RcvSalesReader}. Start from {@link #forIssuer(Rut)}.
 *
 * @param issuerRut the company whose sales register is read; the register does not name it,
 *     and document ids need it; never null
 * @param charset the file's encoding, or null to detect it: a UTF-8 byte order mark selects
 *     UTF-8, otherwise the first 64 KiB decide between UTF-8 and ISO-8859-1 (the two encodings
 *     of SII exports). A byte order mark is skipped whatever the setting.
 * @param limits the bounds on file size, document count ({@code maxEntries}) and line length
 *     ({@code maxFieldLength} applies to a whole line); never null
 */
public record RcvReaderOptions(Rut issuerRut, Charset charset, ReaderLimits limits) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if issuerRut or limits is null
     */
    public RcvReaderOptions {
        Objects.requireNonNull(issuerRut, "issuerRut");
        Objects.requireNonNull(limits, "limits");
    }

    /**
     * Creates options with a detected encoding and default limits.
     *
     * @param issuerRut the company whose sales register is read
     * @return the options
     * @throws NullPointerException if issuerRut is null
     */
    public static RcvReaderOptions forIssuer(Rut issuerRut) {
        return new RcvReaderOptions(issuerRut, null, ReaderLimits.DEFAULTS);
    }

    /**
     * Returns a copy with a fixed encoding.
     *
     * @param value the encoding, such as ISO-8859-1, or null to detect it
     * @return the new options
     */
    public RcvReaderOptions withCharset(Charset value) {
        return new RcvReaderOptions(issuerRut, value, limits);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param value the limits
     * @return the new options
     * @throws NullPointerException if value is null
     */
    public RcvReaderOptions withLimits(ReaderLimits value) {
        return new RcvReaderOptions(issuerRut, charset, value);
    }
}
