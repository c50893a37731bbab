package io.github.receivables.reminders.plan;

import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.contact.ContactEvent;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.ReplyIntent;
import io.github.receivables.reminders.outbox.OutboxItem;
import io.github.receivables.reminders.outbox.OutboxState;
import io.github.receivables.reminders.outbox.ReminderRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The record of what reminders already did, indexed for the planner: the steps carried out per item, the
 * contacts made or scheduled per customer, the channels customers opted out of by reply, and
 * the keys already in the outbox. Built from outbox records and replies. Immutable and
 * thread-safe once built.
 *
 * <p>A record counts as a carried-out step unless it expired or was cancelled, and as a contact
 * while pending, in flight, sent or unconfirmed ({@link OutboxState#countsAsContact()}); a human
 * task is never a contact.
 */
public final class ReminderHistory {

    private static final ReminderHistory EMPTY = new Builder().build();

    private final Map<ItemRef, Map<String, LocalDate>> steps;
    private final Map<CustomerId, List<ContactEvent>> contacts;
    private final Map<CustomerId, Set<ContactChannel>> optOuts;
    private final Set<String> keys;

    private ReminderHistory(Builder builder) {
        this.steps = Map.copyOf(builder.steps);
        Map<CustomerId, List<ContactEvent>> copied = new HashMap<>();
        builder.contacts.forEach((id, list) -> copied.put(id, List.copyOf(list)));
        this.contacts = Map.copyOf(copied);
        this.optOuts = Map.copyOf(builder.optOuts);
        this.keys = Set.copyOf(builder.keys);
    }

    /**
     * Returns a history with nothing in it.
     *
     * @return the empty history; never null
     */
    public static ReminderHistory empty() {
        return EMPTY;
    }

    /**
     * Builds a history from outbox records and replies.
     *
     * @param records the outbox records; never null
     * @param replies the debtor replies; never null
     * @return the history; never null
     */
    public static ReminderHistory of(Collection<ReminderRecord> records,
            Collection<InboundReply> replies) {
        Builder builder = builder();
        records.forEach(builder::add);
        replies.forEach(builder::addReply);
        return builder.build();
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the steps carried out for an item, with the day each was planned for.
     *
     * @param item the item; never null
     * @return step ids and markers mapped to their latest planned day; never null
     */
    public Map<String, LocalDate> stepsDone(ItemRef item) {
        if (steps.isEmpty()) {
            return Map.of();
        }
        Map<String, LocalDate> done = steps.get(item);
        return done == null ? Map.of() : done;
    }

    /**
     * Returns a customer's contacts made or scheduled.
     *
     * @param customerId the customer; never null
     * @return the contacts; never null
     */
    public List<ContactEvent> contacts(CustomerId customerId) {
        List<ContactEvent> found = contacts.get(customerId);
        return found == null ? List.of() : found;
    }

    /**
     * Returns the channels a customer opted out of by reply.
     *
     * @param customerId the customer; never null
     * @return the channels; never null
     */
    public Set<ContactChannel> optOuts(CustomerId customerId) {
        Set<ContactChannel> found = optOuts.get(customerId);
        return found == null ? Set.of() : found;
    }

    /**
     * Tells whether the outbox already has a record with a key.
     *
     * @param key the idempotency key; never null
     * @return true if a record with that key was added
     */
    public boolean containsKey(String key) {
        return keys.contains(key);
    }

    /** Builds a {@link ReminderHistory}. Not thread-safe. */
    public static final class Builder {
        private final Map<ItemRef, Map<String, LocalDate>> steps = new HashMap<>();
        private final Map<CustomerId, List<ContactEvent>> contacts = new HashMap<>();
        private final Map<CustomerId, Set<ContactChannel>> optOuts = new HashMap<>();
        private final Set<String> keys = new HashSet<>();

        private Builder() {}

        /**
         * Adds an outbox record.
         *
         * @param record the record; never null
         * @return this builder
         */
        public Builder add(ReminderRecord record) {
            Objects.requireNonNull(record, "record");
            keys.add(record.key());
            if (record.state().countsAsStepDone()) {
                for (OutboxItem item : record.entry().items()) {
                    steps.computeIfAbsent(new ItemRef(item.documentId(), item.instalment()),
                            ref -> new HashMap<>(4))
                            .merge(item.stepId(), record.entry().plannedDate(),
                                    (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            ChannelKind kind = record.sentVia() != null ? record.sentVia()
                    : record.currentDelivery().kind();
            if (record.state().countsAsContact() && kind.isContact()) {
                Instant at = record.completedAt() != null ? record.completedAt()
                        : record.entry().sendAt();
                contacts.computeIfAbsent(record.entry().customerId(), id -> new ArrayList<>())
                        .add(new ContactEvent(at, kind.contactChannel().orElseThrow()));
            }
            return this;
        }

        /**
         * Adds a debtor reply; an opt-out stops the channel it came on.
         *
         * @param reply the reply; never null
         * @return this builder
         */
        public Builder addReply(InboundReply reply) {
            Objects.requireNonNull(reply, "reply");
            if (reply.intent() instanceof ReplyIntent.OptOut && reply.kind().isContact()) {
                optOuts.computeIfAbsent(reply.customerId(),
                        id -> EnumSet.noneOf(ContactChannel.class))
                        .add(reply.kind().contactChannel().orElseThrow());
            }
            return this;
        }

        /**
         * Builds the history.
         *
         * @return the history; never null
         */
        public ReminderHistory build() {
            return new ReminderHistory(this);
        }
    }
}
