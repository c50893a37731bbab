package io.github.receivables.spi.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.event.DomainEvent;
import io.github.receivables.spi.event.DomainEvents;
import io.github.receivables.spi.testkit.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryDomainEventsTest {

    private final DomainEvent imported = new DomainEvent.StatementImported("S1", 3, 0,
            TestData.NOW);
    private final DomainEvent recorded = new DomainEvent.PaymentRecorded(
            new TestData().payment("P1", "C1", null), TestData.NOW);

    @Test
    void publishedKeepsOrder() {
        InMemoryDomainEvents events = InMemoryDomainEvents.create();

        events.publishAll(List.of(imported, recorded));

        assertEquals(List.of(imported, recorded), events.published());
    }

    @Test
    void publishedByTypeFilters() {
        InMemoryDomainEvents events = InMemoryDomainEvents.create();
        events.publishAll(List.of(imported, recorded));

        assertEquals(List.of(recorded), events.published(DomainEvent.PaymentRecorded.class));
    }

    @Test
    void drainEmptiesRecorder() {
        InMemoryDomainEvents events = InMemoryDomainEvents.create();
        events.publish(imported);

        assertEquals(List.of(imported), events.drain());
        assertTrue(events.published().isEmpty());
    }

    @Test
    void discardAcceptsEvents() {
        DomainEvents.discard().publishAll(List.of(imported, recorded));
    }
}
