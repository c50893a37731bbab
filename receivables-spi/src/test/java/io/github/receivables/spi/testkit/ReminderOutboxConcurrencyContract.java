package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract of {@link ReminderOutboxStore}, concurrency part: planners racing to insert the same
 * keys, and dispatchers racing to claim the same records.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class ReminderOutboxConcurrencyContract extends StoreContract {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int ROUNDS = 25;

    private ReminderOutboxStore outbox() {
        return stores.reminderOutbox();
    }

    @Test
    void racingPlannersInsertKeyOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            OutboxEntry first = data.outboxEntry("K" + round, "C1");
            OutboxEntry second = data.outboxEntry("K" + round, "C2");

            List<Boolean> inserted = Concurrently.run(
                    () -> outbox().insertIfAbsent(first).inserted(),
                    () -> outbox().insertIfAbsent(second).inserted());

            assertEquals(1, inserted.stream().filter(b -> b).count(), "round " + round);
        }
    }

    @Test
    void racingPlannerTransactionsInsertOnce() throws Exception {
        List<OutboxEntry> plan = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            plan.add(data.outboxEntry("K" + i, "C1"));
        }
        Callable<Integer> planner = () -> stores.inTransaction(tx -> (int) tx.reminderOutbox()
                .insertAllIfAbsent(plan).stream().filter(InsertResult::inserted).count());

        List<Integer> insertedPerPlanner = Concurrently.run(planner, planner, planner);

        assertEquals(plan.size(), insertedPerPlanner.stream().mapToInt(Integer::intValue).sum());
        for (OutboxEntry entry : plan) {
            assertTrue(outbox().find(entry.key()).isPresent(), entry.key());
        }
    }

    @Test
    void racingDispatchersClaimEachOnce() throws Exception {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(data.outboxEntry(String.format(java.util.Locale.ROOT, "K%02d", i), "C1"));
        }
        outbox().insertAllIfAbsent(entries);
        List<Callable<List<String>>> dispatchers = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            String owner = "node-" + d;
            dispatchers.add(() -> claimUntilEmpty(owner));
        }

        List<List<String>> claimedPerDispatcher = Concurrently.run(dispatchers);

        Set<String> all = new HashSet<>();
        int total = 0;
        for (List<String> claimed : claimedPerDispatcher) {
            all.addAll(claimed);
            total += claimed.size();
        }
        assertEquals(entries.size(), total, "a record was claimed twice or never");
        assertEquals(entries.size(), all.size());
    }

    private List<String> claimUntilEmpty(String owner) {
        List<String> claimed = new ArrayList<>();
        while (true) {
            List<OutboxRecord> batch = outbox().claimDue(owner, TestData.NOW, LEASE, 3);
            if (batch.isEmpty()) {
                return claimed;
            }
            batch.forEach(record -> claimed.add(record.key()));
        }
    }

    @Test
    void racingClaimsOnOneRecordGiveOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String key = "K" + round;
            outbox().insertIfAbsent(data.outboxEntry(key, "C1"));

            List<Boolean> claimed = Concurrently.run(
                    () -> outbox().claim(key, "node-a", TestData.NOW, LEASE).isPresent(),
                    () -> outbox().claim(key, "node-b", TestData.NOW, LEASE).isPresent());

            assertEquals(1, claimed.stream().filter(b -> b).count(), "round " + round);
            assertEquals(1, outbox().find(key).orElseThrow().attempts());
        }
    }
}
