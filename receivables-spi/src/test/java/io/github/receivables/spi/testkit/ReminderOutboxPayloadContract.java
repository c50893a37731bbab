package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReminderOutboxStore}, payload part: an outcome may replace the payload in
 * the same step as the status, a record that is no longer pending may take a new payload, and an
 * entry for a task for a person has no contact channel.
 */
public abstract class ReminderOutboxPayloadContract extends StoreContract {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String PROGRESS = "{\"delivery\":1,\"attempts\":[2,0]}";

    private ReminderOutboxStore outbox() {
        return stores.reminderOutbox();
    }

    private Claim claim(String key, Instant at) {
        return outbox().claim(key, "node-a", at, LEASE).orElseThrow().claim();
    }

    @Test
    void retryWithPayloadStoresItWithNewNotBefore() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        Instant later = TestData.NOW.plusSeconds(600);

        outbox().complete("K1", claim("K1", TestData.NOW),
                new DispatchOutcome.Retry(TestData.NOW, "bounced", later, PROGRESS));

        OutboxRecord stored = outbox().find("K1").orElseThrow();
        assertEquals(PROGRESS, stored.entry().payload());
        assertEquals(later, stored.entry().notBefore());
        assertEquals(OutboxStatus.PENDING, stored.status());
    }

    @Test
    void outcomeWithoutPayloadKeepsStoredPayload() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        String original = data.outboxEntry("K1", "C1").payload();

        outbox().complete("K1", claim("K1", TestData.NOW),
                new DispatchOutcome.Sent(TestData.NOW, "m-1"));

        assertEquals(original, outbox().find("K1").orElseThrow().entry().payload());
    }

    @Test
    void sentWithPayloadStoresIt() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));

        OutboxRecord sent = outbox().complete("K1", claim("K1", TestData.NOW),
                new DispatchOutcome.Sent(TestData.NOW, "m-1", PROGRESS));

        assertEquals(sent, outbox().find("K1").orElseThrow());
        assertEquals(PROGRESS, sent.entry().payload());
    }

    @Test
    void replacePayloadOfSentRecordKeepsItsState() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));
        OutboxRecord sent = outbox().complete("K1", claim("K1", TestData.NOW),
                new DispatchOutcome.Sent(TestData.NOW, "m-1"));

        OutboxRecord replaced = outbox().replacePayload("K1", PROGRESS);

        assertEquals(sent.withPayload(PROGRESS), replaced);
        assertEquals(replaced, outbox().find("K1").orElseThrow());
    }

    @Test
    void replacePayloadOfPendingRecordFails() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1"));

        assertThrows(ConflictException.class, () -> outbox().replacePayload("K1", PROGRESS));
        assertEquals(data.outboxEntry("K1", "C1").payload(),
                outbox().find("K1").orElseThrow().entry().payload());
    }

    @Test
    void entryWithoutChannelIsStoredAndSent() {
        OutboxEntry email = data.outboxEntry("K1", "C1");
        OutboxEntry task = new OutboxEntry("K1", email.customerId(), null, email.documentIds(),
                email.createdAt(), email.notBefore(), email.payload());
        outbox().insertIfAbsent(task);

        OutboxRecord sent = outbox().complete("K1", claim("K1", TestData.NOW),
                new DispatchOutcome.Sent(TestData.NOW, null));

        assertEquals(task, sent.entry());
        assertNull(outbox().find("K1").orElseThrow().entry().channel());
        assertEquals(List.of("K1"), Page.collectAll(PageRequest.first(10),
                request -> outbox().findByCustomer(email.customerId(), TestData.NOW, request))
                .stream().map(OutboxRecord::key).toList());
    }

    @Test
    void replacePayloadOfMissingRecordFails() {
        assertThrows(NotFoundException.class, () -> outbox().replacePayload("missing", "{}"));
    }
}
