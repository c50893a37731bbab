package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link DteReader}.
 *
 * @param limits the bounds on file size, document count ({@code maxEntries}), text length and
 *     nesting depth; never null
 * @param undeclaredCharset the encoding of a file whose XML declaration names none (or that has
 *     no declaration and no byte order mark); never null. The XML default is UTF-8. A file that
 *     declares its encoding, as SII files do with ISO-8859-1, is always read in that encoding.
 * @param currencyNames extra TpoMoneda names and their currencies, checked before the built-in
 *     SII names; case and repeated spaces in the names are ignored; never null
 */
public record DteReaderOptions(ReaderLimits limits, Charset undeclaredCharset,
        Map<String, Currency> currencyNames) {

    /** Default limits, UTF-8 for undeclared files, and only the built-in currency names. */
    public static final DteReaderOptions DEFAULTS =
            new DteReaderOptions(ReaderLimits.DEFAULTS, StandardCharsets.UTF_8, Map.of());

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component, or a currency in the map, is null
     */
    public DteReaderOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(undeclaredCharset, "undeclaredCharset");
        Map<String, Currency> normalized = new HashMap<>();
        currencyNames.forEach((name, currency) -> normalized.put(SiiCurrencies.normalize(name),
                Objects.requireNonNull(currency, "currency")));
        currencyNames = Map.copyOf(normalized);
    }

    /**
     * Returns a copy with other limits.
     *
     * @param value the limits; {@code maxEntries} bounds the DTEs in one file
     * @return the new options
     * @throws NullPointerException if value is null
     */
    public DteReaderOptions withLimits(ReaderLimits value) {
        return new DteReaderOptions(value, undeclaredCharset, currencyNames);
    }

    /**
     * Returns a copy that reads files without a declared encoding in another charset.
     *
     * @param value the charset, such as ISO-8859-1 for SII files stripped of their declaration
     * @return the new options
     * @throws NullPointerException if value is null
     */
    public DteReaderOptions withUndeclaredCharset(Charset value) {
        return new DteReaderOptions(limits, value, currencyNames);
    }

    /**
     * Returns a copy that maps one more TpoMoneda name, such as {@code OTRAS MONEDAS} to a
     * currency the host agreed with its customer.
     *
     * @param name the name as written in TpoMoneda; case and repeated spaces are ignored
     * @param currency the currency it stands for
     * @return the new options
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public DteReaderOptions withCurrencyName(String name, Currency currency) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        if (name.isBlank()) {
            throw new IllegalArgumentException("currency name must not be blank");
        }
        Map<String, Currency> names = new HashMap<>(currencyNames);
        names.put(name, currency);
        return new DteReaderOptions(limits, undeclaredCharset, names);
    }
}
