package io.github.receivables.reconciliation.sii;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SII currency names of the DTE schema (type {@code TipMonType}, such as {@code DOLAR USA})
 * and their ISO 4217 currencies.
 *
 * <p>Only names with one clear current ISO code are mapped. Pre-euro currencies (PESETA, MARCO
 * AL, FRANCO FR and others), OTRAS MONEDAS and names that fit several currencies (PESO, DIRHAM,
 * BOLIVAR, CHELIN, RUPIA) are left out, so a document in one of them fails with a message that
 * names {@link DteReaderOptions#withCurrencyName} as the way to add the mapping.
 */
final class SiiCurrencies {

    /** Chilean pesos, the currency of every national DTE. */
    static final Currency CLP = Currency.getInstance("CLP");

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("PESO CL", "CLP"),
            Map.entry("DOLAR USA", "USD"),
            Map.entry("EURO", "EUR"),
            Map.entry("DOLAR AUST", "AUD"),
            Map.entry("DOLAR CAN", "CAD"),
            Map.entry("DOLAR HK", "HKD"),
            Map.entry("DOLAR NZ", "NZD"),
            Map.entry("DOLAR SIN", "SGD"),
            Map.entry("DOLAR TAI", "TWD"),
            Map.entry("FRANCO SZ", "CHF"),
            Map.entry("LIBRA EST", "GBP"),
            Map.entry("YEN", "JPY"),
            Map.entry("RENMINBI", "CNY"),
            Map.entry("CORONA DIN", "DKK"),
            Map.entry("CORONA NOR", "NOK"),
            Map.entry("CORONA SC", "SEK"),
            Map.entry("BOLIVIANO", "BOB"),
            Map.entry("GUARANI", "PYG"),
            Map.entry("NUEVO SOL", "PEN"),
            Map.entry("PESO COL", "COP"),
            Map.entry("PESO MEX", "MXN"),
            Map.entry("PESO URUG", "UYU"),
            Map.entry("RAND", "ZAR"));

    private SiiCurrencies() {}

    /**
     * Finds the currency of an SII name or ISO 4217 code.
     *
     * @param name the text of a TpoMoneda element, any case, outer spaces ignored
     * @param extra the host's own names, checked first
     * @return the currency, or empty when the name is unknown
     */
    static Optional<Currency> find(String name, Map<String, Currency> extra) {
        String key = normalize(name);
        Currency own = extra.get(key);
        if (own != null) {
            return Optional.of(own);
        }
        String code = NAMES.get(key);
        if (code != null) {
            return Optional.of(Currency.getInstance(code));
        }
        if (ISO_CODE.matcher(key).matches()) {
            try {
                return Optional.of(Currency.getInstance(key));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Upper-cases and collapses inner spaces, so {@code dolar  usa} finds DOLAR USA. */
    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
