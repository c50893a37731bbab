package io.github.receivables.reconciliation.matching;

import java.util.Objects;

/**
 * A reference under which payers may quote an open item, besides its document number.
 *
 * @param kind what scheme the reference follows; never null
 * @param value the reference as issued, with or without separators; never blank
 */
public record ItemReference(Kind kind, String value) {

    /** The reference schemes an item can carry. */
    public enum Kind {
        /** The structured reference that this SDK's reminders print. */
        STRUCTURED,
        /** An ISO 11649 creditor reference ({@code RF} followed by two check digits). */
        RF,
        /** A Swiss QR reference (27 digits, modulo 10 recursive check digit). */
        QR,
        /** A Swiss ESR/ISR reference from the orange slip. */
        ESR,
        /** The reference of a payment link sent to the customer. */
        PAYMENT_LINK,
        /** Any other reference the host issued, such as an order number. */
        OTHER
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if value is blank
     */
    public ItemReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("item reference of kind " + kind + " is blank");
        }
    }
}
