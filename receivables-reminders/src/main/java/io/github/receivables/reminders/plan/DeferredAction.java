package io.github.receivables.reminders.plan;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Reason;
import io.github.receivables.spi.notification.ChannelKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An action that is due but not allowed on the planned day; a later run plans it again once
 * the contact rules allow it.
 *
 * @param customerId the debtor; never null
 * @param kind the channel; never null
 * @param stepId the leading step; never null
 * @param items the items it is about; never null
 * @param nextAllowedAt the earliest time the rules allow it; never null
 * @param reason the first rule that moved it; never null
 */
public record DeferredAction(
        CustomerId customerId,
        ChannelKind kind,
        String stepId,
        List<ItemRef> items,
        Instant nextAllowedAt,
        Reason reason) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DeferredAction {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
        Objects.requireNonNull(reason, "reason");
        items = List.copyOf(items);
    }
}
