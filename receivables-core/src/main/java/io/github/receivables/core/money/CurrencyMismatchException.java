package io.github.receivables.core.money;

import io.github.receivables.core.ReceivablesException;
import java.util.Currency;

/** An operation combined amounts in two different currencies. */
public final class CurrencyMismatchException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    private final transient Currency expected;
    private final transient Currency actual;

    /**
     * Creates the exception.
     *
     * @param operation the operation attempted, such as {@code plus}
     * @param expected the currency of the left operand
     * @param actual the currency of the right operand
     */
    public CurrencyMismatchException(String operation, Currency expected, Currency actual) {
        super("cannot " + operation + " " + actual.getCurrencyCode() + " and "
                + expected.getCurrencyCode()
                + ": convert one amount first with an explicit exchange rate");
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * Returns the currency of the left operand.
     *
     * @return the expected currency
     */
    public Currency expected() {
        return expected;
    }

    /**
     * Returns the currency of the right operand.
     *
     * @return the currency that did not match
     */
    public Currency actual() {
        return actual;
    }
}
