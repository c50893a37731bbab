package io.github.receivables.spi.notification;

import io.github.receivables.core.party.ContactChannel;
import java.util.Objects;
import java.util.Optional;

/**
 * The destination of a notification: one of the debtor contact channels, or a task for a person in the
 * creditor's own collection team. A human task is not a contact with the debtor, so contact rules
 * and caps do not count it.
 */
public enum ChannelKind {
    /** Email to the debtor. */
    EMAIL(ContactChannel.EMAIL),
    /** Text message to the debtor's mobile phone. */
    SMS(ContactChannel.SMS),
    /** WhatsApp message from a pre-approved template. */
    WHATSAPP(ContactChannel.WHATSAPP),
    /** Postal letter. */
    LETTER(ContactChannel.LETTER),
    /** Message in the host's customer portal. */
    PORTAL(ContactChannel.PORTAL),
    /** Phone call to the debtor, by a person or a robot. */
    CALL(ContactChannel.CALL),
    /** Visit to the debtor in person. */
    VISIT(ContactChannel.VISIT),
    /** A task in a queue of the creditor's collection team; never reaches the debtor by itself. */
    HUMAN_TASK(null);

    private final ContactChannel contactChannel;

    ChannelKind(ContactChannel contactChannel) {
        this.contactChannel = contactChannel;
    }

    /**
     * Returns the kind for a debtor contact channel.
     *
     * @param channel the contact channel; never null
     * @return the matching kind; never null
     * @throws NullPointerException if channel is null
     */
    public static ChannelKind of(ContactChannel channel) {
        Objects.requireNonNull(channel, "channel");
        return valueOf(channel.name());
    }

    /**
     * Returns the debtor contact channel of this kind.
     *
     * @return the contact channel, or empty for {@link #HUMAN_TASK}
     */
    public Optional<ContactChannel> contactChannel() {
        return Optional.ofNullable(contactChannel);
    }

    /**
     * Tells whether a notification of this kind is a contact with the debtor.
     *
     * @return false only for {@link #HUMAN_TASK}
     */
    public boolean isContact() {
        return contactChannel != null;
    }

    /**
     * Tells whether this kind is a written contact with the debtor.
     *
     * @return true for email, SMS, WhatsApp, letter and portal
     */
    public boolean isWritten() {
        return contactChannel != null && contactChannel.isWritten();
    }
}
