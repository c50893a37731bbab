package io.github.receivables.reminders.contact;

import io.github.receivables.core.party.ContactChannel;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact with a debtor that was made or is scheduled, as counted by contact rules.
 *
 * @param at when it happened or is scheduled; never null
 * @param channel the channel; never null
 */
public record ContactEvent(Instant at, ContactChannel channel) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ContactEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
    }
}
