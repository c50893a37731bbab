package io.github.receivables.spi.notification;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Masking;
import java.util.Locale;
import java.util.Objects;

/**
 * Who receives a notification. The address is personal data: {@link #toString()} masks it, and
 * code must never log it above DEBUG.
 *
 * @param customerId the debtor the notification is about; never null
 * @param address the email address, phone number in E.164, postal address, portal user id, or
 *     for a human task the name of the work queue; never blank
 * @param locale the language of the content; never null
 */
public record Recipient(CustomerId customerId, String address, Locale locale) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the address is blank
     */
    public Recipient {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(locale, "locale");
        if (address.isBlank()) {
            throw new IllegalArgumentException("recipient address for customer " + customerId
                    + " is blank");
        }
    }

    /**
     * Returns the address with most characters hidden.
     *
     * @return the masked address; never null
     */
    public String maskedAddress() {
        return Masking.mask(address);
    }

    /**
     * Returns a description with the address masked.
     *
     * @return such as {@code Recipient[customerId=C1, address=j***@e***, locale=es-CL]}
     */
    @Override
    public String toString() {
        return "Recipient[customerId=" + customerId + ", address=" + maskedAddress()
                + ", locale=" + locale.toLanguageTag() + "]";
    }
}
