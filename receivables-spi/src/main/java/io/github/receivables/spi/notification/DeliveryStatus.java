package io.github.receivables.spi.notification;

/** The status a delivery receipt reports for a sent notification. */
public enum DeliveryStatus {
    /** The provider accepted the message; no receipt yet. */
    ACCEPTED,
    /** The message reached the recipient's device, mailbox or address. */
    DELIVERED,
    /** The recipient opened or read the message, where the channel reports it. */
    READ,
    /** The message could not be delivered, such as a bounced email or an unreachable phone. */
    BOUNCED,
    /** The provider gave up for another reason. */
    FAILED
}
