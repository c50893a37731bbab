package io.github.receivables.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.dispatch.Dispatcher;
import io.github.receivables.reminders.dispatch.MessageComposer;
import io.github.receivables.reminders.outbox.OutboxDelivery;
import io.github.receivables.reminders.outbox.OutboxItem;
import io.github.receivables.reminders.outbox.OutboxState;
import io.github.receivables.reminders.outbox.ReminderEntry;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InMemoryNotificationChannel;
import io.github.receivables.spi.notification.MessageContent;
import io.github.receivables.spi.notification.NotificationRequest;
import io.github.receivables.spi.notification.Recipient;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two reminder dispatchers over one H2 outbox send each queued reminder once. */
class H2RacingDispatchersTest {

    private static final TestDatabase DATABASE = TestDatabase.h2("racing_dispatchers");
    private static final Instant NOW = Instant.parse("2025-06-16T14:00:00Z");
    private static final int REMINDERS = 60;

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    @AfterEach
    void clear() {
        DATABASE.clear();
    }

    private static ReminderEntry entry(int i) {
        CustomerId customer = CustomerId.of("C" + i);
        OutboxDelivery email = new OutboxDelivery(ChannelKind.EMAIL, new Recipient(customer,
                "c" + i + "@example.cl", Locale.forLanguageTag("es-CL")),
                new MessageContent.Text("Aviso", "Hola", null));
        return new ReminderEntry("rm-" + i, customer, "consumer", "d+7", "REMINDER",
                List.of(new OutboxItem(DocumentId.of("F-" + i), 0, "d+7")),
                LocalDate.of(2025, 6, 16), NOW, NOW.plus(Duration.ofHours(8)), List.of(email));
    }

    @Test
    void twoDispatchersResumingSendEachKeyOnce() throws Exception {
        ReminderOutboxStore store = DATABASE.stores().reminderOutbox();
        ReminderOutbox outbox = new ReminderOutbox(store);
        for (int i = 0; i < REMINDERS; i++) {
            outbox.insert(entry(i), NOW);
        }
        Clock clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        InMemoryNotificationChannel channel = InMemoryNotificationChannel.of(ChannelKind.EMAIL,
                clock);
        MessageComposer composer = MessageComposer.withoutLinks(TemplateEngine.builtIn(),
                new Creditor("Andes", "+56 2 2345 6789", "c@andes.cl"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            Dispatcher dispatcher = Dispatcher.builder(store, composer).clock(clock).owner(node)
                    .channel(channel).build();
            runs.add(pool.submit(() -> {
                start.await();
                return dispatcher.resume();
            }));
        }

        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<String, Long> perKey = channel.delivered().stream().collect(Collectors.groupingBy(
                NotificationRequest::idempotencyKey, Collectors.counting()));
        assertEquals(REMINDERS, perKey.size());
        perKey.forEach((key, count) -> assertEquals(1L, count, key));
        for (int i = 0; i < REMINDERS; i++) {
            assertEquals(OutboxState.SENT, outbox.find("rm-" + i).orElseThrow().state());
        }
    }

    @Test
    void entryRoundTripsThroughJdbcPayload() {
        ReminderOutbox outbox = new ReminderOutbox(DATABASE.stores().reminderOutbox());
        outbox.insert(entry(1), NOW);

        assertEquals(entry(1), outbox.find("rm-1").orElseThrow().entry());
        assertEquals(List.of("rm-1"), outbox.createdSince(NOW).stream()
                .map(record -> record.key()).collect(Collectors.toList()));
    }
}
