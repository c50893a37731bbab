package io.github.receivables.reconciliation.sii;

import java.util.Optional;

/** Payment form of a DTE, from the element {@code FmaPago}. */
public enum PaymentForm {
    /** Code 1, contado: paid on delivery, so due on the issue date. */
    CASH(1),
    /** Code 2, crédito: paid later, by the due date, instalments or terms. */
    CREDIT(2),
    /** Code 3, sin costo: handed over free of charge, so the buyer owes nothing. */
    FREE_OF_CHARGE(3);

    private final int code;

    PaymentForm(int code) {
        this.code = code;
    }

    /**
     * Returns the SII code.
     *
     * @return 1, 2 or 3
     */
    public int code() {
        return code;
    }

    /**
     * Finds the form of an SII code.
     *
     * @param code the value of FmaPago
     * @return the form, or empty for a code other than 1, 2 or 3
     */
    public static Optional<PaymentForm> ofCode(int code) {
        for (PaymentForm form : values()) {
            if (form.code == code) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }
}
