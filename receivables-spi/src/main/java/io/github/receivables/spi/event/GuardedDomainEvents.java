package io.github.receivables.spi.event;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes events to the host's receiver and logs, instead of throwing, whatever it throws, so a
 * failing receiver never undoes or stops the SDK's work. Thread-safe when the receiver is.
 */
final class GuardedDomainEvents implements DomainEvents {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedDomainEvents.class);

    private final DomainEvents receiver;
    private final AtomicLong failures = new AtomicLong();

    GuardedDomainEvents(DomainEvents receiver) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            receiver.publish(event);
        } catch (RuntimeException e) {
            long count = failures.incrementAndGet();
            // The event type alone is logged: events may embed personal data.
            LOG.warn("domain event receiver failed on {} (failure {} since start); the event is"
                    + " dropped and the work goes on", event.getClass().getSimpleName(), count, e);
        }
    }

    /** Returns how many events the receiver failed on. */
    long failureCount() {
        return failures.get();
    }
}
