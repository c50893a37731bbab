package io.github.receivables.core.interest;

import io.github.receivables.core.ReceivablesException;
import java.time.LocalDate;

/** A late interest calculation reached a day for which the rate table has no rate. */
public final class MissingInterestRateException extends ReceivablesException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param day the day without a rate
     */
    public MissingInterestRateException(LocalDate day) {
        super("no interest rate for " + day + ": add a rate period covering that day to the"
                + " policy's rate table");
    }
}
