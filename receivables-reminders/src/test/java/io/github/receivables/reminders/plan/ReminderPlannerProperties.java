package io.github.receivables.reminders.plan;

import static io.github.receivables.reminders.Fixtures.SANTIAGO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Consent;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.contact.Holidays;
import io.github.receivables.spi.notification.ChannelKind;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.notification.ReplyIntent;
import io.github.receivables.spi.notification.outbox.OutboxRecord;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ReminderPlannerProperties {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final Holidays HOLIDAYS = Holidays.chile();

    /** A portfolio: customers with a few items each, and a moment to plan at. */
    record Portfolio(List<Customer> customers, List<OpenItem> items, Instant now) {}

    @Provide
    Arbitrary<Portfolio> portfolios() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> hour = Arbitraries.integers().between(0, 23);
        Arbitrary<List<List<Integer>>> offsets = Arbitraries.integers().between(-60, 10)
                .list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<Boolean>> consumers = Arbitraries.of(true, false).list().ofSize(5);
        return Combinators.combine(day, hour, offsets, consumers).as((d, h, o, c) -> {
            LocalDate today = FIRST.plusDays(d);
            List<Customer> customers = new ArrayList<>();
            List<OpenItem> items = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                String id = "C" + i;
                customers.add(c.get(i) ? Fixtures.consumer(id) : Fixtures.company(id));
                for (int j = 0; j < o.get(i).size(); j++) {
                    items.add(Fixtures.item(id, id + "-" + j, today.plusDays(o.get(i).get(j)),
                            1000 + 10L * j));
                }
            }
            return new Portfolio(customers, items, Fixtures.at(today, h));
        });
    }

    @Provide
    Arbitrary<CollectionStatus> exclusions() {
        LocalDate since = FIRST;
        return Arbitraries.of(
                new CollectionStatus.Disputed(DisputeReason.CUSTOMER_DISPUTE, since),
                new CollectionStatus.Disputed(DisputeReason.TAX_AUTHORITY_CLAIM, since),
                new CollectionStatus.OnHold(since, null),
                new CollectionStatus.OnHold(since, LocalDate.of(2028, 1, 1)),
                new CollectionStatus.Promised(since, LocalDate.of(2028, 1, 1),
                        Money.of("500", "CLP")),
                new CollectionStatus.AssignedToFactor("Factor", since, null),
                new CollectionStatus.WrittenOff(since));
    }

    @Property(tries = 1000)
    void excludedItemIsNeverInAnAction(@ForAll("portfolios") Portfolio portfolio,
            @ForAll("exclusions") CollectionStatus status, @ForAll @IntRange(max = 3) int kind) {
        LocalDate today = LocalDate.ofInstant(portfolio.now(), SANTIAGO);
        OpenItem excluded = kind == 0
                ? Fixtures.item("C0", "X", today.minusDays(7), 0)
                : Fixtures.item("C0", "X", today.minusDays(7), 5000, status);
        List<OpenItem> items = new ArrayList<>(portfolio.items());
        items.add(excluded);
        List<Customer> customers = new ArrayList<>(portfolio.customers());
        List<InboundReply> replies = new ArrayList<>();
        if (kind == 2) {
            customers.set(0, optedOut(customers.get(0)));
        } else if (kind == 3) {
            for (ChannelKind channel : List.of(ChannelKind.EMAIL, ChannelKind.SMS)) {
                replies.add(new InboundReply("r-" + channel, CustomerId.of("C0"), channel,
                        portfolio.now(), null, new ReplyIntent.OptOut()));
            }
        }
        boolean allExcluded = kind >= 2;
        ReminderHistory history = ReminderHistory.of(List.of(), replies);

        Plan plan = ReminderPlanner.plan(Fixtures.request(items, customers, history,
                portfolio.now()));

        for (PlannedAction action : plan.actions()) {
            for (PlannedItem item : action.items()) {
                assertFalse(item.ref().equals(ItemRef.of(excluded)), plan.describe().toString());
                if (allExcluded) {
                    assertFalse(action.customerId().value().equals("C0"),
                            plan.describe().toString());
                }
            }
        }
    }

    private static Customer optedOut(Customer customer) {
        return customer.withContacts(customer.contacts().stream()
                .map(c -> new io.github.receivables.core.party.ContactPoint(c.channel(),
                        c.address(), Consent.OPTED_OUT))
                .collect(Collectors.toList()));
    }

    @Property(tries = 1000)
    void planningTwiceOverSameHistoryAddsNothing(@ForAll("portfolios") Portfolio portfolio) {
        Plan first = ReminderPlanner.plan(Fixtures.request(portfolio.items(),
                portfolio.customers(), ReminderHistory.empty(), portfolio.now()));
        Plan same = ReminderPlanner.plan(Fixtures.request(portfolio.items(),
                portfolio.customers(), ReminderHistory.empty(), portfolio.now()));
        List<OutboxRecord> recorded = first.actions().stream().map(Fixtures::pendingRecord)
                .collect(Collectors.toList());

        Plan again = ReminderPlanner.plan(Fixtures.request(portfolio.items(),
                portfolio.customers(), ReminderHistory.of(recorded, List.of()), portfolio.now()));

        assertEquals(keys(first), keys(same));
        assertTrue(again.actions().isEmpty(), again.describe().toString());
    }

    private static List<String> keys(Plan plan) {
        return plan.actions().stream().map(PlannedAction::key).collect(Collectors.toList());
    }

    @Property(tries = 1000)
    void noActionOutsideContactWindow(@ForAll("portfolios") Portfolio portfolio) {
        Plan plan = ReminderPlanner.plan(Fixtures.request(portfolio.items(),
                portfolio.customers(), ReminderHistory.empty(), portfolio.now()));

        for (PlannedAction action : plan.actions()) {
            if (action.kind() == ChannelKind.HUMAN_TASK) {
                continue;
            }
            LocalDateTime local = LocalDateTime.ofInstant(action.sendAt(), SANTIAGO);
            boolean consumer = regimeOf(portfolio, action.customerId()) == DebtorRegime.CONSUMER;
            String where = action + " at " + local;
            assertFalse(action.sendAt().isBefore(portfolio.now()), where);
            assertTrue(action.notAfter().isAfter(action.sendAt()), where);
            assertFalse(HOLIDAYS.isHoliday(local.toLocalDate(), "CL"), where);
            assertFalse(local.getDayOfWeek() == DayOfWeek.SUNDAY, where);
            if (!consumer) {
                assertFalse(local.getDayOfWeek() == DayOfWeek.SATURDAY, where);
            }
            LocalTime end = consumer ? LocalTime.of(20, 0) : LocalTime.of(19, 0);
            assertFalse(local.toLocalTime().isBefore(LocalTime.of(8, 0)), where);
            assertTrue(local.toLocalTime().isBefore(end), where);
            assertFalse(LocalDateTime.ofInstant(action.notAfter(), SANTIAGO).toLocalTime()
                    .isAfter(end), where);
        }
    }

    private static DebtorRegime regimeOf(Portfolio portfolio, CustomerId id) {
        return portfolio.customers().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow().regime();
    }

    @Property(tries = 40)
    void contactCapsHoldOverNinetyDays(@ForAll("portfolios") Portfolio portfolio) {
        LocalDate start = LocalDate.ofInstant(portfolio.now(), SANTIAGO);
        Simulation simulation = new Simulation(portfolio.customers(), portfolio.items(), start);

        simulation.run(start, 90);

        for (Customer customer : portfolio.customers()) {
            List<LocalDateTime> sends = simulation.sent(customer.id()).stream()
                    .filter(r -> r.sentVia().isContact())
                    .map(r -> LocalDateTime.ofInstant(r.completedAt(), SANTIAGO))
                    .sorted().collect(Collectors.toList());
            int cap = customer.regime() == DebtorRegime.CONSUMER ? 2 : 3;
            int apart = customer.regime() == DebtorRegime.CONSUMER ? 2 : 1;
            CapCheck.assertWithinCaps(sends, cap, apart, customer.id() + " " + sends);
        }
    }

    @Property(tries = 60)
    void payingOldestNeverSkipsAStepOnOthers(
            @ForAll @IntRange(min = 0, max = 700) int startDay,
            @ForAll("dueOffsets") List<Integer> offsets,
            @ForAll @IntRange(min = 0, max = 40) int payDay) {
        LocalDate start = FIRST.plusDays(startDay);
        List<OpenItem> items = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            items.add(Fixtures.item("C0", "N" + i, start.plusDays(offsets.get(i)), 1000));
        }
        OpenItem oldest = items.stream().min((a, b) -> a.dueDate().compareTo(b.dueDate()))
                .orElseThrow();
        Simulation simulation = new Simulation(List.of(Fixtures.consumer("C0")), items, start);

        simulation.run(start, payDay);
        simulation.pay(item -> item.equals(oldest));
        simulation.run(start.plusDays(payDay), 60 - payDay);

        ReminderHistory history = simulation.history();
        List<String> overdueSteps = List.of("plus-7", "plus-15", "plus-30");
        for (OpenItem item : items) {
            if (item.equals(oldest)) {
                continue;
            }
            var done = history.stepsDone(ItemRef.of(item));
            for (int s = 1; s < overdueSteps.size(); s++) {
                if (done.containsKey(overdueSteps.get(s))) {
                    String previous = overdueSteps.get(s - 1);
                    assertTrue(done.containsKey(previous), item.number() + " did "
                            + overdueSteps.get(s) + " without " + previous + ": " + done);
                    assertTrue(done.get(previous).isBefore(done.get(overdueSteps.get(s))),
                            item.number() + " steps out of order: " + done);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> dueOffsets() {
        return Arbitraries.integers().between(-45, 5).list().ofMinSize(2).ofMaxSize(4);
    }
}
