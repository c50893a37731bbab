package io.github.receivables.reminders.dispatch;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.MutableClock;
import io.github.receivables.reminders.plan.Plan;
import io.github.receivables.reminders.plan.ReminderHistory;
import io.github.receivables.reminders.plan.ReminderPlanner;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InMemoryNotificationChannel;
import io.github.receivables.spi.notification.NotificationChannel;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A portfolio with one due item per customer, and dispatchers over shared parts. */
final class DispatchFixture {

    static final LocalDate MONDAY = LocalDate.of(2025, 6, 16);
    static final MessageComposer COMPOSER = MessageComposer.withoutLinks(
            TemplateEngine.builtIn(), new Creditor("Andes", "+56 2 2345 6789", "c@andes.cl"));

    final MutableClock clock = new MutableClock(Fixtures.at(MONDAY, 10));
    final List<Customer> customers = new ArrayList<>();
    final List<OpenItem> items = new ArrayList<>();
    final InMemoryNotificationChannel email = InMemoryNotificationChannel.of(ChannelKind.EMAIL,
            clock);
    final InMemoryNotificationChannel sms = InMemoryNotificationChannel.of(ChannelKind.SMS,
            clock);
    final List<Duration> sleeps = new ArrayList<>();

    DispatchFixture(int customerCount) {
        for (int i = 0; i < customerCount; i++) {
            customers.add(Fixtures.consumer("C" + i));
            items.add(Fixtures.item("C" + i, "F-" + i, MONDAY.minusDays(7), 1000 + i));
        }
    }

    Map<CustomerId, Customer> customerMap() {
        Map<CustomerId, Customer> map = new HashMap<>();
        customers.forEach(c -> map.put(c.id(), c));
        return map;
    }

    Plan plan() {
        return ReminderPlanner.plan(Fixtures.request(items, customers, ReminderHistory.empty(),
                clock.instant()));
    }

    Dispatcher dispatcher(ReminderOutboxStore outbox, NotificationChannel emailChannel, String owner) {
        return Dispatcher.builder(outbox, COMPOSER).clock(clock).owner(owner)
                .sleeper(duration -> {
                    sleeps.add(duration);
                    clock.advance(duration);
                })
                .lease(Duration.ofMinutes(5))
                .channel(emailChannel).channel(sms).build();
    }
}
