package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.text.TextEncoding;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Settings of an {@link Mt940Reader}. Immutable.
 *
 * @param limits the size bounds of a read; never null
 * @param encoding how the bytes of each line become text; never null. The default reads a line as
 *     UTF-8 when it is valid UTF-8 and as ISO-8859-1 otherwise; use
 *     {@code TextEncoding.fixed(Charset.forName("ISO-8859-2"))} for Central European banks. With
 *     a fixed character set, a line with bytes that are not valid in it makes the read raise an
 *     {@code InvalidValueException} naming the line, the column and the bytes. A UTF-8 byte order
 *     mark at the start of the file is skipped with any character set
 * @param lenientDates whether an impossible date such as 30 February is read as the nearest valid
 *     date (month clamped to 1-12, day to the month's length) with a warning, instead of raising
 *     an {@code InvalidValueException}
 */
public record Mt940Options(ReaderLimits limits, TextEncoding encoding, boolean lenientDates) {

    /** Default limits, UTF-8 detection with ISO-8859-1 fallback, and strict dates. */
    public static final Mt940Options DEFAULTS = new Mt940Options(
            ReaderLimits.DEFAULTS, TextEncoding.detect(StandardCharsets.ISO_8859_1), false);

    /**
     * Validates the components.
     *
     * @throws NullPointerException if limits or encoding is null
     */
    public Mt940Options {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * Returns a copy with other limits.
     *
     * @param newLimits the limits; never null
     * @return the new options
     */
    public Mt940Options withLimits(ReaderLimits newLimits) {
        return new Mt940Options(newLimits, encoding, lenientDates);
    }

    /**
     * Returns a copy with another encoding.
     *
     * @param newEncoding the encoding; never null
     * @return the new options
     */
    public Mt940Options withEncoding(TextEncoding newEncoding) {
        return new Mt940Options(limits, newEncoding, lenientDates);
    }

    /**
     * Returns a copy with lenient dates on or off.
     *
     * @param lenient whether impossible dates become the nearest valid date with a warning
     * @return the new options
     */
    public Mt940Options withLenientDates(boolean lenient) {
        return new Mt940Options(limits, encoding, lenient);
    }
}
