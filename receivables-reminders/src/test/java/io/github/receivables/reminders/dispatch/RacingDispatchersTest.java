package io.github.receivables.reminders.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.spi.notification.ChannelCapabilities;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.SendResult;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;

class RacingDispatchersTest {

    /** Counts every call per key before the in-memory channel's own deduplication. */
    static final class CountingChannel implements NotificationChannel {
        final NotificationChannel delegate;
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        CountingChannel(NotificationChannel delegate) {
            this.delegate = delegate;
        }

        @Override
        public ChannelKind kind() {
            return delegate.kind();
        }

        @Override
        public ChannelCapabilities capabilities() {
            return delegate.capabilities();
        }

        @Override
        public SendResult send(NotificationRequest request) {
            calls.computeIfAbsent(request.idempotencyKey(), k -> new AtomicInteger())
                    .incrementAndGet();
            Thread.yield();
            return delegate.send(request);
        }
    }

    @RepeatedTest(5)
    void twoPlannersOverOneOutboxSendEachKeyOnce() throws Exception {
        DispatchFixture fixture = new DispatchFixture(150);
        ReminderOutboxStore shared = InMemoryStores.create().reminderOutbox();
        CountingChannel channel = new CountingChannel(fixture.email);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Plan>> runs = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            Dispatcher dispatcher = fixture.dispatcher(shared, channel, node);
            runs.add(pool.submit(() -> {
                start.await();
                Plan plan = fixture.plan();
                dispatcher.dispatch(plan, fixture.customerMap());
                return plan;
            }));
        }

        start.countDown();
        Plan planA = runs.get(0).get(60, TimeUnit.SECONDS);
        Plan planB = runs.get(1).get(60, TimeUnit.SECONDS);
        pool.shutdown();

        assertEquals(150, planA.actions().size());
        assertEquals(planA.actions(), planB.actions());
        assertEquals(150, channel.calls.size());
        channel.calls.forEach((key, count) -> assertEquals(1, count.get(), key));
        assertEquals(150, fixture.email.delivered().size());
    }
}
