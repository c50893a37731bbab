package io.github.receivables.core.fx;

import io.github.receivables.core.ReceivablesException;
import java.time.LocalDate;
import java.util.Currency;

/** The host supplied no exchange rate for a pair of currencies on a day. */
public final class MissingExchangeRateException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param base the currency priced
     * @param quote the currency of the price
     * @param on the day
     */
    public MissingExchangeRateException(Currency base, Currency quote, LocalDate on) {
        super("no exchange rate " + base.getCurrencyCode() + "/" + quote.getCurrencyCode()
                + " for " + on
                + ": add the rate for that day to the ExchangeRates the host supplies");
    }
}
