package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;

/**
 * Settings of a {@link Bai2Reader}. Immutable.
 *
 * <p>The character set is not a setting: each line is read as UTF-8 when its bytes are valid
 * UTF-8 and as ISO-8859-1 otherwise, so no byte is rejected, and a UTF-8 byte order mark at the
 * start of the file is skipped.
 *
 * @param limits the size bounds of a read; never null
 * @param defaultCurrency the currency of amounts when neither the 02 group nor the 03 account
 *     record names one. USD by default; never null
 * @param zone the time zone of the file creation time, which BAI2 writes without one; never null
 * @param lenient whether control totals that do not match, a missing version number and a colon
 *     in place of the comma after a record code are reported as warnings instead of raising
 *     exceptions
 */
public record Bai2Options(
        ReaderLimits limits, Currency defaultCurrency, ZoneId zone, boolean lenient) {

    /** Default limits, USD, UTC and strict control totals. */
    public static final Bai2Options DEFAULTS = new Bai2Options(
            ReaderLimits.DEFAULTS, Currency.getInstance("USD"), ZoneOffset.UTC, false);

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Bai2Options {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Returns a copy with other limits.
     *
     * @param newLimits the limits; never null
     * @return the new options
     */
    public Bai2Options withLimits(ReaderLimits newLimits) {
        return new Bai2Options(newLimits, defaultCurrency, zone, lenient);
    }

    /**
     * Returns a copy with another default currency.
     *
     * @param currency the currency of amounts in files that name none; never null
     * @return the new options
     */
    public Bai2Options withDefaultCurrency(Currency currency) {
        return new Bai2Options(limits, currency, zone, lenient);
    }

    /**
     * Returns a copy with another zone for the file creation time.
     *
     * @param newZone the zone; never null
     * @return the new options
     */
    public Bai2Options withZone(ZoneId newZone) {
        return new Bai2Options(limits, defaultCurrency, newZone, lenient);
    }

    /**
     * Returns a copy with lenient reading on or off.
     *
     * @param on whether control total mismatches and small syntax slips become warnings
     * @return the new options
     */
    public Bai2Options withLenient(boolean on) {
        return new Bai2Options(limits, defaultCurrency, zone, on);
    }
}
