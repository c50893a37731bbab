package io.github.receivables.reminders.plan;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.MutableClock;
import io.github.receivables.reminders.contact.ContactRulebook;
import io.github.receivables.reminders.dispatch.BackoffSchedule;
import io.github.receivables.reminders.dispatch.Dispatcher;
import io.github.receivables.reminders.dispatch.MessageComposer;
import io.github.receivables.reminders.policy.PolicyCatalog;
import io.github.receivables.reminders.template.Creditor;
import io.github.receivables.reminders.template.TemplateEngine;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InMemoryNotificationChannel;
import io.github.receivables.reminders.outbox.OutboxState;
import io.github.receivables.reminders.outbox.ReminderOutbox;
import io.github.receivables.reminders.outbox.ReminderRecord;
import io.github.receivables.spi.memory.InMemoryStores;
import io.github.receivables.spi.store.ReminderOutboxStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs reminders day by day over in-memory channels: plans twice a day, dispatches, resumes
 * scheduled records through the day, and keeps every plan for checks.
 */
final class Simulation {

    private static final TemplateEngine TEMPLATES = TemplateEngine.builtIn();

    final MutableClock clock;
    final ReminderOutboxStore store = InMemoryStores.create().reminderOutbox();
    final ReminderOutbox outbox = new ReminderOutbox(store);
    final Map<CustomerId, Customer> customers = new HashMap<>();
    final List<OpenItem> items = new ArrayList<>();
    final List<Plan> plans = new ArrayList<>();
    private final Dispatcher dispatcher;

    Simulation(List<Customer> customerList, List<OpenItem> itemList, LocalDate start) {
        this.clock = new MutableClock(Fixtures.at(start, 0));
        customerList.forEach(c -> customers.put(c.id(), c));
        items.addAll(itemList);
        MessageComposer composer = MessageComposer.withoutLinks(TEMPLATES,
                new Creditor("Andes", "+56 2 2345 6789", "cobranza@andes.example"));
        Dispatcher.Builder builder = Dispatcher.builder(store, composer).clock(clock)
                .sleeper(clock::advance).backoff(BackoffSchedule.of());
        for (ChannelKind kind : List.of(ChannelKind.EMAIL, ChannelKind.SMS,
                ChannelKind.HUMAN_TASK)) {
            builder.channel(InMemoryNotificationChannel.of(kind, clock));
        }
        this.dispatcher = builder.build();
    }

    ReminderHistory history() {
        return ReminderHistory.of(outbox.createdSince(Instant.EPOCH), List.of());
    }

    void runDay(LocalDate day) {
        for (int hour : new int[] {7, 9, 13, 15, 17, 21}) {
            clock.set(Fixtures.at(day, hour));
            if (hour == 9 || hour == 15) {
                Plan plan = ReminderPlanner.plan(PlanRequest.builder(
                        PolicyCatalog.of(Fixtures.standardPolicy()), ContactRulebook.chile())
                        .items(List.copyOf(items)).customers(customers.values())
                        .history(history()).now(clock.instant()).build());
                plans.add(plan);
                dispatcher.dispatch(plan, customers);
            }
            dispatcher.resume();
        }
    }

    void run(LocalDate start, int days) {
        for (int d = 0; d < days; d++) {
            runDay(start.plusDays(d));
        }
    }

    void pay(Predicate<OpenItem> which) {
        items.removeIf(which);
    }

    List<ReminderRecord> sent(CustomerId customer) {
        return outbox.createdSince(Instant.EPOCH).stream()
                .filter(r -> r.entry().customerId().equals(customer))
                .filter(r -> r.state() == OutboxState.SENT)
                .collect(Collectors.toList());
    }
}
