package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.Claim;
import io.github.receivables.spi.store.DispatchOutcome;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.OutboxStatus;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReminderOutboxStore}, history part: the listings contact budgets and
 * operators read, and the deletion of old records.
 */
public abstract class ReminderOutboxHistoryContract extends StoreContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private ReminderOutboxStore outbox() {
        return stores.reminderOutbox();
    }

    private void send(String key, Instant at) {
        Claim claim = outbox().claim(key, "node-a", at, LEASE).orElseThrow().claim();
        outbox().complete(key, claim, new DispatchOutcome.Sent(at, null));
    }

    private List<String> customerKeys(String customer, Instant since, int pageSize) {
        return Page.collectAll(PageRequest.first(pageSize),
                request -> outbox().findByCustomer(CustomerId.of(customer), since, request))
                .stream().map(OutboxRecord::key).toList();
    }

    @Test
    void findByCustomerOrdersByCreationThenKey() {
        outbox().insertAllIfAbsent(List.of(
                data.outboxEntry("K3", "C1", data.at(-30), data.at(-30)),
                data.outboxEntry("K2", "C1", data.at(-50), data.at(-50)),
                data.outboxEntry("K1", "C1", data.at(-30), data.at(-30)),
                data.outboxEntry("K9", "C2", data.at(-40), data.at(-40))));

        assertEquals(List.of("K2", "K1", "K3"), customerKeys("C1", data.at(-3600), 2));
    }

    @Test
    void customerWindowKeepsRecentAndOpen() {
        outbox().insertAllIfAbsent(List.of(
                data.outboxEntry("old-sent", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("old-sent-late", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("old-pending", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("new", "C1", data.at(-10), data.at(-10))));
        send("old-sent", data.at(-800));
        send("old-sent-late", data.at(-20));

        List<String> window = customerKeys("C1", data.at(-100), 10);

        assertEquals(List.of("old-pending", "old-sent-late", "new"), window);
    }

    @Test
    void findByCustomerCountsUnknownOutcomeAsOpen() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1", data.at(-900), data.at(-900)));
        Claim claim = outbox().claim("K1", "node-a", data.at(-800), LEASE).orElseThrow().claim();
        outbox().complete("K1", claim, new DispatchOutcome.Unknown(data.at(-800), "timeout"));

        assertEquals(List.of("K1"), customerKeys("C1", data.at(-100), 10));
    }

    @Test
    void findByCustomerPagesOverManyRecords() {
        List<String> expected = new ArrayList<>();
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            String key = "K" + (char) ('a' + i);
            entries.add(data.outboxEntry(key, "C1", data.at(i / 3), data.at(i / 3)));
            expected.add(key);
        }
        outbox().insertAllIfAbsent(entries);

        assertEquals(expected, customerKeys("C1", TestData.NOW, 4));
    }

    private List<String> createdKeys(Instant since, int pageSize) {
        return Page.collectAll(PageRequest.first(pageSize),
                request -> outbox().findCreatedSince(since, request))
                .stream().map(OutboxRecord::key).toList();
    }

    @Test
    void findCreatedSinceSpansCustomersAndStatuses() {
        outbox().insertAllIfAbsent(List.of(
                data.outboxEntry("old", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("K2", "C2", data.at(-100), data.at(-100)),
                data.outboxEntry("K1", "C1", data.at(-100), data.at(-100)),
                data.outboxEntry("K3", "C3", data.at(-50), data.at(-50))));
        send("K1", data.at(-90));
        outbox().cancel("K3", data.at(-40), "paid");

        assertEquals(List.of("K1", "K2", "K3"), createdKeys(data.at(-100), 2));
    }

    @Test
    void findCreatedSinceOnEmptyStoreIsEmpty() {
        assertTrue(createdKeys(TestData.NOW, 10).isEmpty());
    }

    @Test
    void findCreatedSincePagesOverManyRecords() {
        List<String> expected = new ArrayList<>();
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            String key = "K" + (char) ('a' + i);
            entries.add(data.outboxEntry(key, "C" + i % 4, data.at(i / 3), data.at(i / 3)));
            expected.add(key);
        }
        outbox().insertAllIfAbsent(entries);

        assertEquals(expected, createdKeys(TestData.NOW, 4));
    }

    @Test
    void findByStatusFollowsTransitions() {
        outbox().insertAllIfAbsent(List.of(data.outboxEntry("K1", "C1"),
                data.outboxEntry("K2", "C1"), data.outboxEntry("K3", "C1")));
        send("K2", TestData.NOW);
        outbox().cancel("K3", TestData.NOW, "paid");

        assertEquals(List.of("K1"), statusKeys(OutboxStatus.PENDING));
        assertEquals(List.of("K2"), statusKeys(OutboxStatus.SENT));
        assertEquals(List.of("K3"), statusKeys(OutboxStatus.CANCELLED));
        assertTrue(statusKeys(OutboxStatus.FAILED).isEmpty());
    }

    private List<String> statusKeys(OutboxStatus status) {
        return Page.collectAll(PageRequest.first(1),
                request -> outbox().findByStatus(status, request))
                .stream().map(OutboxRecord::key).toList();
    }

    @Test
    void deleteFinishedBeforeKeepsOpenAndRecentRecords() {
        outbox().insertAllIfAbsent(List.of(
                data.outboxEntry("sent-old", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("cancelled-old", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("sent-new", "C1", data.at(-900), data.at(-900)),
                data.outboxEntry("pending", "C1", data.at(-900), data.at(-900))));
        send("sent-old", data.at(-800));
        outbox().cancel("cancelled-old", data.at(-700), "paid");
        send("sent-new", data.at(-10));

        int deleted = outbox().deleteFinishedBefore(data.at(-100));

        assertEquals(2, deleted);
        assertTrue(outbox().find("sent-old").isEmpty());
        assertTrue(outbox().find("cancelled-old").isEmpty());
        assertTrue(outbox().find("sent-new").isPresent());
        assertTrue(outbox().find("pending").isPresent());
    }

    @Test
    void deletedKeyCanBeInsertedAgain() {
        outbox().insertIfAbsent(data.outboxEntry("K1", "C1", data.at(-900), data.at(-900)));
        send("K1", data.at(-800));
        outbox().deleteFinishedBefore(TestData.NOW);

        assertTrue(outbox().insertIfAbsent(data.outboxEntry("K1", "C1")).inserted());
    }
}
