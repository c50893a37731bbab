package io.github.receivables.spi.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.receivables.spi.testkit.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedDomainEventsTest {

    private final DomainEvent event = new DomainEvent.StatementImported("S1", 1, 0, TestData.NOW);

    @Test
    void failingReceiverDoesNotThrow() {
        GuardedDomainEvents guarded = new GuardedDomainEvents(e -> {
            throw new IllegalStateException("queue down");
        });

        guarded.publish(event);
        guarded.publish(event);

        assertEquals(2, guarded.failureCount());
    }

    @Test
    void workingReceiverGetsEveryEvent() {
        List<DomainEvent> received = new ArrayList<>();

        DomainEvents.guarded(received::add).publishAll(List.of(event, event));

        assertEquals(List.of(event, event), received);
    }

    @Test
    void guardingTwiceWrapsOnce() {
        DomainEvents once = DomainEvents.guarded(DomainEvents.discard());

        assertSame(once, DomainEvents.guarded(once));
    }
}
