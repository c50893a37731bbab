package io.github.receivables.spi.memory;

import io.github.receivables.spi.event.DomainEvent;
import io.github.receivables.spi.event.DomainEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link DomainEvents} that keeps every event in memory, in the order published, for tests and
 * examples. Thread-safe. It grows without bound: call {@link #clear()} or {@link #drain()}.
 */
public final class InMemoryDomainEvents implements DomainEvents {

    private final List<DomainEvent> events = new ArrayList<>();

    private InMemoryDomainEvents() {}

    /**
     * Creates an empty recorder.
     *
     * @return the recorder
     */
    public static InMemoryDomainEvents create() {
        return new InMemoryDomainEvents();
    }

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /**
     * Returns the events published so far.
     *
     * @return a copy in publication order; never null
     */
    public synchronized List<DomainEvent> published() {
        return List.copyOf(events);
    }

    /**
     * Returns the events published so far of one type.
     *
     * @param type the event record type, such as {@code DomainEvent.ReminderSent.class}
     * @param <E> the event type
     * @return a copy in publication order; never null
     */
    public synchronized <E extends DomainEvent> List<E> published(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Returns the events published so far and clears the recorder.
     *
     * @return the events in publication order; never null
     */
    public synchronized List<DomainEvent> drain() {
        List<DomainEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    /** Forgets every event published so far. */
    public synchronized void clear() {
        events.clear();
    }
}
