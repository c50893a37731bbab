package io.github.receivables.reminders.outbox;

import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.Recipient;
import java.util.Objects;

/**
 * One way to deliver an outbox entry: a channel with its recipient and content rendered for it.
 * An entry lists several in order of preference; the next is tried when one fails permanently.
 *
 * @param kind the channel kind; never null
 * @param recipient who receives it; never null
 * @param content the content rendered for this channel; never null
 */
public record OutboxDelivery(ChannelKind kind, Recipient recipient, MessageContent content) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public OutboxDelivery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
    }
}
