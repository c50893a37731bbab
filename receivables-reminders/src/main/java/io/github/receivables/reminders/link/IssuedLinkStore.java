package io.github.receivables.reminders.link;

import io.github.receivables.core.reference.PaymentReference;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the payment links handed out, by reference; the latest link of a reference wins.
 * Implementations must be thread-safe. {@link #inMemory()} serves tests and examples.
 */
public interface IssuedLinkStore {

    /**
     * Stores a link, replacing an earlier one with the same reference.
     *
     * @param link the link; never null
     */
    void put(IssuedLink link);

    /**
     * Returns the link of a reference.
     *
     * @param reference the reference; never null
     * @return the link, or empty when none was issued
     */
    Optional<IssuedLink> find(PaymentReference reference);

    /**
     * Returns a store in a concurrent map.
     *
     * @return a new empty store; never null
     */
    static IssuedLinkStore inMemory() {
        ConcurrentMap<PaymentReference, IssuedLink> links = new ConcurrentHashMap<>();
        return new IssuedLinkStore() {
            @Override
            public void put(IssuedLink link) {
                links.put(link.reference(), link);
            }

            @Override
            public Optional<IssuedLink> find(PaymentReference reference) {
                return Optional.ofNullable(links.get(reference));
            }
        };
    }
}
