package io.github.receivables.reminders.outbox;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.reminders.outbox.ReminderRecord.Progress;
import io.github.receivables.spi.notification.DeliveryStatus;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reminders' outbox over a host's {@link ReminderOutboxStore}: each {@link ReminderEntry}
 * becomes one store record, whose payload contains the entry and the dispatcher's {@link Progress}
 * as JSON. The store's claims and fencing keep two dispatchers from sending one record at once,
 * and each outcome writes the new progress in the same step as the status.
 *
 * <p>A store record's channel is the first delivery's contact channel, or null when the first
 * delivery is a task for a person; the channel that actually sent is in the progress. Thread-safe
 * as the store is.
 */
public final class ReminderOutbox {

    private static final int HISTORY_PAGE = 500;

    private final ReminderOutboxStore store;

    /**
     * Creates the outbox.
     *
     * @param store the store, such as {@code stores.reminderOutbox()}; never null
     */
    public ReminderOutbox(ReminderOutboxStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Inserts a pending record for an entry unless its key is stored.
     *
     * @param entry the entry; never null
     * @param now when it is written; never null
     * @return true if inserted, false if the key was already stored
     */
    public boolean insert(ReminderEntry entry, Instant now) {
        Set<DocumentId> documents = new LinkedHashSet<>();
        entry.items().forEach(item -> documents.add(item.documentId()));
        ContactChannel channel = entry.deliveries().get(0).kind().contactChannel().orElse(null);
        OutboxEntry stored = new OutboxEntry(entry.key(), entry.customerId(), channel,
                List.copyOf(documents), now, entry.sendAt(),
                PayloadCodec.write(entry, Progress.START));
        return store.insertIfAbsent(stored).inserted();
    }

    /**
     * Finds a record by key.
     *
     * @param key the idempotency key; never null
     * @return the record, or empty if none
     */
    public Optional<ReminderRecord> find(String key) {
        return store.find(key).map(ReminderOutbox::view);
    }

    /**
     * Claims one record for a dispatcher, if it is due and no lease runs on it.
     *
     * @param key the idempotency key; never null
     * @param owner the dispatcher; never null
     * @param now the current instant; never null
     * @param lease how long the claim lasts; never null
     * @return the claimed record, or empty if it is not claimable
     */
    public Optional<ReminderRecord> claim(String key, String owner, Instant now, Duration lease) {
        return store.claim(key, owner, now, lease).map(ReminderOutbox::view);
    }

    /**
     * Claims the next due record for a dispatcher.
     *
     * @param owner the dispatcher; never null
     * @param now the current instant; never null
     * @param lease how long the claim lasts; never null
     * @return the claimed record, or empty if none is due
     */
    public Optional<ReminderRecord> claimNext(String owner, Instant now, Duration lease) {
        return store.claimDue(owner, now, lease, 1).stream().findFirst()
                .map(ReminderOutbox::view);
    }

    /**
     * Completes a claimed attempt and writes the new progress in the same step.
     *
     * @param held the record as claimed; never null
     * @param outcome what happened, without a payload; never null
     * @param progress the progress after the outcome; never null
     * @return the completed record; never null
     * @throws io.github.receivables.spi.store.ConflictException if another claim replaced this one
     */
    public ReminderRecord complete(ReminderRecord held, DispatchOutcome outcome,
            Progress progress) {
        String payload = PayloadCodec.write(held.entry(), progress);
        DispatchOutcome withPayload;
        if (outcome instanceof DispatchOutcome.Sent sent) {
            withPayload = new DispatchOutcome.Sent(sent.at(), sent.receiptId(), payload);
        } else if (outcome instanceof DispatchOutcome.Retry retry) {
            withPayload = new DispatchOutcome.Retry(retry.at(), retry.error(), retry.retryAt(),
                    payload);
        } else if (outcome instanceof DispatchOutcome.Failed failed) {
            withPayload = new DispatchOutcome.Failed(failed.at(), failed.error(), payload);
        } else {
            DispatchOutcome.Unknown unknown = (DispatchOutcome.Unknown) outcome;
            withPayload = new DispatchOutcome.Unknown(unknown.at(), unknown.detail(), payload);
        }
        return view(store.complete(held.key(), held.stored().claim(), withPayload));
    }

    /**
     * Records the delivery status of a receipt on a record that is no longer pending.
     *
     * @param key the idempotency key; never null
     * @param status the status; never null
     * @return the updated record, or empty if no record has the key
     * @throws io.github.receivables.spi.store.ConflictException if the record is still pending
     */
    public Optional<ReminderRecord> recordReceipt(String key, DeliveryStatus status) {
        Objects.requireNonNull(status, "status");
        Optional<ReminderRecord> current = find(key);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Progress was = current.get().progress();
        Progress next = new Progress(was.deliveryIndex(), was.attemptsBefore(), was.sentVia(),
                was.expired(), status);
        // NOTE: replacePayload is not a compare-and-set, so of two receipts for one record
        // recorded at the same moment the later write wins.
        return Optional.of(view(store.replacePayload(key,
                PayloadCodec.write(current.get().entry(), next))));
    }

    /**
     * Withdraws a pending record that no dispatcher holds.
     *
     * @param key the idempotency key; never null
     * @param at the current instant; never null
     * @param reason why, without personal data; never null
     * @return the cancelled record; never null
     */
    public ReminderRecord cancel(String key, Instant at, String reason) {
        return view(store.cancel(key, at, reason));
    }

    /**
     * Reads every record created at or after an instant, for the planner's history.
     *
     * @param createdSince the first creation instant included; never null
     * @return the records ordered by creation instant, then key; never null
     */
    public List<ReminderRecord> createdSince(Instant createdSince) {
        Objects.requireNonNull(createdSince, "createdSince");
        return Page.collectAll(PageRequest.first(HISTORY_PAGE),
                request -> store.findCreatedSince(createdSince, request))
                .stream().map(ReminderOutbox::view).toList();
    }

    private static ReminderRecord view(OutboxRecord record) {
        PayloadCodec.Payload payload = PayloadCodec.read(record.key(),
                record.entry().payload());
        return new ReminderRecord(payload.entry(), payload.progress(), record);
    }
}
