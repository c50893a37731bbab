package io.github.receivables.reminders.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reminders.Fixtures;
import io.github.receivables.reminders.ReasonCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final LocalDate START = LocalDate.of(2025, 6, 2);

    @Test
    void staggeredItemsHitWrittenCap() {
        List<OpenItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Fixtures.item("C0", "F-" + i, START.plusDays(2L * i - 8), 1000));
        }
        Simulation simulation = new Simulation(List.of(Fixtures.consumer("C0")), items, START);

        simulation.run(START, 30);

        int sent = simulation.sent(CustomerId.of("C0")).size();
        boolean deferredByCap = simulation.plans.stream().flatMap(p -> p.deferred().stream())
                .anyMatch(d -> d.reason().code() == ReasonCode.CAP_REACHED
                        || d.reason().code() == ReasonCode.MIN_GAP);
        assertTrue(sent >= 6, "sent " + sent);
        assertTrue(sent <= 10, "sent " + sent);
        assertTrue(deferredByCap);
    }

    @Test
    void everyItemEventuallyReachesTheFinalStep() {
        List<OpenItem> items = List.of(Fixtures.item("C0", "F-1", START.minusDays(2), 1000),
                Fixtures.item("C0", "F-2", START.plusDays(4), 1000));
        Simulation simulation = new Simulation(List.of(Fixtures.consumer("C0")), items, START);

        simulation.run(START, 60);

        ReminderHistory history = simulation.history();
        for (OpenItem item : items) {
            assertTrue(history.stepsDone(ItemRef.of(item)).containsKey("plus-30"),
                    item.number() + " " + history.stepsDone(ItemRef.of(item)));
            assertTrue(history.stepsDone(ItemRef.of(item)).containsKey(Markers.ESCALATION));
        }
        assertFalse(simulation.plans.isEmpty());
        assertEquals(120, simulation.plans.size());
    }
}
