package io.github.receivables.reminders.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ReceivablesException;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.outbox.ReminderRecord.Progress;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.DeliveryStatus;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.Recipient;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReminderOutboxTest {

    private static final Instant NOW = Instant.parse("2025-06-16T14:00:00Z");
    private static final CustomerId CUSTOMER = CustomerId.of("C1");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final ReminderOutboxStore store = InMemoryStores.create().reminderOutbox();
    private final ReminderOutbox outbox = new ReminderOutbox(store);

    private static OutboxDelivery delivery(ChannelKind kind, MessageContent content) {
        return new OutboxDelivery(kind, new Recipient(CUSTOMER, "ana@example.cl",
                Locale.forLanguageTag("es-CL")), content);
    }

    private static ReminderEntry entry(String key, List<OutboxDelivery> deliveries) {
        return new ReminderEntry(key, CUSTOMER, "consumer", "d+7", "REMINDER",
                List.of(new OutboxItem(DocumentId.of("F-1"), 0, "d+7")),
                LocalDate.of(2025, 6, 16), NOW, NOW.plus(Duration.ofHours(8)), deliveries);
    }

    @Test
    void entryRoundTripsThroughPayload() {
        ReminderEntry entry = entry("K1", List.of(
                delivery(ChannelKind.WHATSAPP, new MessageContent.ApprovedTemplate("due",
                        "es", List.of("Ana", "$ 10.000"))),
                delivery(ChannelKind.EMAIL, new MessageContent.Text("Aviso", "Hola", "<p>Hola"))));

        assertTrue(outbox.insert(entry, NOW));

        ReminderRecord stored = outbox.find("K1").orElseThrow();
        assertEquals(entry, stored.entry());
        assertEquals(Progress.START, stored.progress());
        assertEquals(OutboxState.PENDING, stored.state());
        assertEquals(ContactChannel.WHATSAPP, store.find("K1").orElseThrow().entry().channel());
    }

    @Test
    void secondInsertOfKeyIsIgnored() {
        ReminderEntry entry = entry("K1", List.of(delivery(ChannelKind.EMAIL,
                new MessageContent.Text(null, "x", null))));

        assertTrue(outbox.insert(entry, NOW));
        assertFalse(outbox.insert(entry, NOW.plusSeconds(1)));
    }

    @Test
    void humanTaskIsStoredWithoutChannel() {
        outbox.insert(entry("K1", List.of(delivery(ChannelKind.HUMAN_TASK,
                new MessageContent.Text("Call", "Call Ana", null)))), NOW);

        assertNull(store.find("K1").orElseThrow().entry().channel());
    }

    @Test
    void claimedRecordIsInFlightAndCountsAttempts() {
        outbox.insert(entry("K1", List.of(delivery(ChannelKind.EMAIL,
                new MessageContent.Text(null, "x", null)))), NOW);

        ReminderRecord held = outbox.claim("K1", "d1", NOW, LEASE).orElseThrow();

        assertEquals(OutboxState.IN_FLIGHT, held.state());
        assertEquals(1, held.attempts());
        assertTrue(held.isHeldBy("d1", NOW));
        assertFalse(held.isHeldBy("d2", NOW));
    }

    @Test
    void expiredFailureReadsAsExpired() {
        outbox.insert(entry("K1", List.of(delivery(ChannelKind.EMAIL,
                new MessageContent.Text(null, "x", null)))), NOW);
        ReminderRecord held = outbox.claim("K1", "d1", NOW, LEASE).orElseThrow();

        ReminderRecord done = outbox.complete(held, new DispatchOutcome.Failed(NOW, "closed"),
                new Progress(0, 0, null, true, DeliveryStatus.ACCEPTED));

        assertEquals(OutboxState.EXPIRED, done.state());
        assertEquals(OutboxState.EXPIRED, outbox.find("K1").orElseThrow().state());
    }

    @Test
    void receiptUpdatesSentRecord() {
        outbox.insert(entry("K1", List.of(delivery(ChannelKind.EMAIL,
                new MessageContent.Text(null, "x", null)))), NOW);
        ReminderRecord held = outbox.claim("K1", "d1", NOW, LEASE).orElseThrow();
        outbox.complete(held, new DispatchOutcome.Sent(NOW, "m-1"),
                new Progress(0, 0, ChannelKind.EMAIL, false, DeliveryStatus.ACCEPTED));

        ReminderRecord read = outbox.recordReceipt("K1", DeliveryStatus.READ).orElseThrow();

        assertEquals(DeliveryStatus.READ, read.deliveryStatus());
        assertEquals(ChannelKind.EMAIL, read.sentVia());
        assertEquals(OutboxState.SENT, read.state());
        assertEquals("m-1", read.providerMessageId());
    }

    @Test
    void createdSinceSkipsOlderRecords() {
        outbox.insert(entry("old", List.of(delivery(ChannelKind.EMAIL,
                new MessageContent.Text(null, "x", null)))), NOW.minusSeconds(60));
        outbox.insert(entry("new", List.of(delivery(ChannelKind.EMAIL,
                new MessageContent.Text(null, "x", null)))), NOW);

        assertEquals(List.of("new"),
                outbox.createdSince(NOW).stream().map(ReminderRecord::key).toList());
    }

    @Test
    void foreignPayloadFailsWithKey() {
        store.insertIfAbsent(new OutboxEntry("K1", CUSTOMER, ContactChannel.EMAIL, List.of(),
                NOW, NOW, "{\"template\":\"friendly\"}"));

        ReceivablesException thrown = assertThrows(ReceivablesException.class,
                () -> outbox.find("K1"));
        assertTrue(thrown.getMessage().contains("K1"), thrown.getMessage());
    }
}
