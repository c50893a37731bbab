package io.github.receivables.core.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One address of a customer on one channel, with the consent recorded for it. The address is
 * personal data: never log it above DEBUG, and use {@link #maskedAddress()} where it must appear.
 *
 * @param channel the channel; never null
 * @param address the email address, phone number in E.164, postal address or portal user id
 * @param consent what the contact agreed to on this channel; never null
 */
public record ContactPoint(
        @NotNull ContactChannel channel,
        @NotBlank @Size(max = 320) String address,
        @NotNull Consent consent) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the address is blank
     */
    public ContactPoint {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(consent, "consent");
        if (address.isBlank()) {
            throw new IllegalArgumentException("contact address for " + channel + " is blank");
        }
    }

    /**
     * Tells whether this contact point may be used: not opted out, and opted in where the channel
     * needs it (WhatsApp).
     *
     * @return true if a message may be sent here
     */
    public boolean isUsable() {
        if (consent == Consent.OPTED_OUT) {
            return false;
        }
        return channel != ContactChannel.WHATSAPP || consent == Consent.OPTED_IN;
    }

    /**
     * Returns the address with all but a few characters hidden, for logs and messages.
     *
     * @return such as {@code j***@e***.cl} or {@code ******4567}; never null
     */
    public String maskedAddress() {
        return Masking.mask(address);
    }
}
