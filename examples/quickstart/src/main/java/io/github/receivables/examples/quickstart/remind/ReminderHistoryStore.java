package io.github.receivables.examples.quickstart.remind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.DeliveryStatus;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.Recipient;
import io.github.receivables.spi.notification.outbox.OutboxDelivery;
import io.github.receivables.spi.notification.outbox.OutboxEntry;
import io.github.receivables.spi.notification.outbox.OutboxItem;
import io.github.receivables.spi.notification.outbox.OutboxRecord;
import io.github.receivables.spi.notification.outbox.OutboxState;
import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.ReminderOutboxStore;
import io.github.receivables.spi.store.Stores;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the reminders of earlier runs in the durable reminder outbox of the store, so a later
 * run plans from that history: a step already sent is not sent again, and contacts count against
 * the contact budget. The reminders module dispatches through its own outbox interface, so each
 * finished record is copied here after the run with what planning needs (policy, step, items,
 * channel, dates), not the rendered message.
 *
 * <p>NOTE: tasks for people (escalations) are not kept, because the durable outbox records only
 * contact channels; a later run plans an escalation task again.
 */
public final class ReminderHistoryStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "quickstart";

    private ReminderHistoryStore() {}

    /**
     * Loads the records of earlier runs for some customers.
     *
     * @param stores the stores; never null
     * @param customers the customers; never null
     * @return the records, as the reminders module reads its history; never null
     */
    public static List<OutboxRecord> load(Stores stores, Set<CustomerId> customers) {
        List<OutboxRecord> records = new ArrayList<>();
        for (CustomerId customer : customers) {
            Page.streamAll(PageRequest.first(500), request -> stores.reminderOutbox()
                            .findByCustomer(customer, Instant.EPOCH, request))
                    .map(ReminderHistoryStore::toHistory)
                    .flatMap(Optional::stream)
                    .forEach(records::add);
        }
        return records;
    }

    /**
     * Saves the finished records of a run; records already saved are left as they are.
     *
     * @param stores the stores; never null
     * @param records the run's records; never null
     * @param now the moment of the run; never null
     */
    public static void save(Stores stores, Collection<OutboxRecord> records, Instant now) {
        ReminderOutboxStore outbox = stores.reminderOutbox();
        for (OutboxRecord record : records) {
            ChannelKind kind = record.sentVia() != null ? record.sentVia()
                    : record.currentDelivery().kind();
            if (!kind.isContact() || record.state() == OutboxState.PENDING
                    || record.state() == OutboxState.IN_FLIGHT) {
                continue;
            }
            var entry = new io.github.receivables.spi.store.OutboxEntry(record.key(),
                    record.entry().customerId(), kind.contactChannel().orElseThrow(),
                    record.entry().items().stream().map(OutboxItem::documentId).toList(), now,
                    earliest(record.entry().sendAt(), now), payload(record, kind));
            InsertResult<io.github.receivables.spi.store.OutboxRecord> inserted =
                    outbox.insertIfAbsent(entry);
            if (inserted instanceof InsertResult.Inserted<?>) {
                Claim claim = outbox.claim(record.key(), OWNER, now, Duration.ofMinutes(1))
                        .orElseThrow().claim();
                Instant at = record.completedAt() != null ? record.completedAt() : now;
                outbox.complete(record.key(), claim, record.state() == OutboxState.SENT
                        || record.state() == OutboxState.UNCONFIRMED
                        ? new DispatchOutcome.Sent(at, record.providerMessageId())
                        : new DispatchOutcome.Failed(at, record.state().name()));
            }
        }
    }

    /** Returns the earlier instant, so the copied record can be claimed and completed now. */
    private static Instant earliest(Instant first, Instant second) {
        return first.isBefore(second) ? first : second;
    }

    private static String payload(OutboxRecord record, ChannelKind kind) {
        OutboxEntry entry = record.entry();
        ObjectNode node = JSON.createObjectNode()
                .put("policyId", entry.policyId())
                .put("stepId", entry.stepId())
                .put("purpose", entry.purpose())
                .put("plannedDate", entry.plannedDate().toString())
                .put("sendAt", entry.sendAt().toString())
                .put("notAfter", entry.notAfter().toString())
                .put("kind", kind.name())
                .put("state", record.state().name())
                .put("completedAt", record.completedAt() == null ? null
                        : record.completedAt().toString());
        ArrayNode items = node.putArray("items");
        for (OutboxItem item : entry.items()) {
            items.addObject().put("documentId", item.documentId().value())
                    .put("instalment", item.instalment()).put("stepId", item.stepId());
        }
        return node.toString();
    }

    private static Optional<OutboxRecord> toHistory(
            io.github.receivables.spi.store.OutboxRecord stored) {
        JsonNode node;
        try {
            node = JSON.readTree(stored.entry().payload());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("reminder outbox record " + stored.entry().key()
                    + " has a payload this app did not write", e);
        }
        if (!node.has("policyId")) {
            return Optional.empty();
        }
        List<OutboxItem> items = new ArrayList<>();
        node.get("items").forEach(item -> items.add(new OutboxItem(
                DocumentId.of(item.get("documentId").asText()), item.get("instalment").asInt(),
                item.get("stepId").asText())));
        CustomerId customer = stored.entry().customerId();
        ChannelKind kind = ChannelKind.valueOf(node.get("kind").asText());
        OutboxDelivery delivery = new OutboxDelivery(kind, new Recipient(customer, "stored",
                Locale.ROOT), new MessageContent.Text("", "sent in an earlier run", null));
        OutboxEntry entry = new OutboxEntry(stored.entry().key(), customer,
                node.get("policyId").asText(), node.get("stepId").asText(),
                node.get("purpose").asText(), items,
                LocalDate.parse(node.get("plannedDate").asText()),
                Instant.parse(node.get("sendAt").asText()),
                Instant.parse(node.get("notAfter").asText()), List.of(delivery));
        Instant completed = node.hasNonNull("completedAt")
                ? Instant.parse(node.get("completedAt").asText()) : stored.completedAt();
        return Optional.of(new OutboxRecord(entry, OutboxState.valueOf(node.get("state")
                .asText()), 0, 1, null, null, null, kind, completed, null,
                DeliveryStatus.ACCEPTED, completed != null ? completed : entry.sendAt(), 1));
    }
}
