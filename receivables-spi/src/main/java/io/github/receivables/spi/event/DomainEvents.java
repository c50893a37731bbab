package io.github.receivables.spi.event;

import java.util.List;
import java.util.Objects;

/**
 * Receives domain events from the SDK: the way business events reach the host (to update a
 * dashboard, notify a collector, or feed the host's own outbox), instead of log lines.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>The SDK's engines publish an event after the change it reports is committed, so an
 *       event is never about a change that was rolled back. A crash between the commit and the
 *       publish loses the event, so delivery is at most once; a host that needs every event
 *       reads the stores (for example the outbox) as the source of truth.
 *   <li>The SDK guards the call ({@link #guarded}): an exception thrown by {@link #publish} is
 *       logged and does not undo or stop the work. Implementations should return quickly and
 *       hand slow work to their own executor.
 *   <li>Events of one engine run are published in the order they happened, from the thread of
 *       the run; different runs may publish concurrently, so implementations are thread-safe.
 * </ul>
 */
@FunctionalInterface
public interface DomainEvents {

    /**
     * Receives one event.
     *
     * @param event the event; never null
     */
    void publish(DomainEvent event);

    /**
     * Receives events in order; by default one {@link #publish} call each.
     *
     * @param events the events in the order they happened; never null
     */
    default void publishAll(List<? extends DomainEvent> events) {
        Objects.requireNonNull(events, "events");
        for (DomainEvent event : events) {
            publish(event);
        }
    }

    /**
     * Wraps a receiver so that an exception it throws is logged at WARN (with the event type,
     * never the event's data) and dropped. Engines publish through such a wrapper.
     *
     * @param receiver the host's receiver; never null
     * @return the guarded receiver
     */
    static DomainEvents guarded(DomainEvents receiver) {
        return receiver instanceof GuardedDomainEvents ? receiver
                : new GuardedDomainEvents(receiver);
    }

    /**
     * Returns a receiver that drops every event.
     *
     * @return the receiver
     */
    static DomainEvents discard() {
        return event -> Objects.requireNonNull(event, "event");
    }
}
