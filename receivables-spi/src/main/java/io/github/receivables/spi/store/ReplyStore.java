package io.github.receivables.spi.store;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.notification.InboundReply;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Durable record of debtor replies (promises to pay, opt-outs, other messages). The planner reads
 * opt-outs from it so a debtor who replied stop is not contacted again on that channel, even before
 * the host updates the customer's consent.
 *
 * <p>Contract: {@link #add} is idempotent on the pair of channel kind and reply id; all methods
 * are thread-safe.
 */
public interface ReplyStore {

    /**
     * Records a reply unless the same reply was recorded before.
     *
     * @param reply the reply; never null
     * @return true if recorded now, false if it was already present
     */
    boolean add(InboundReply reply);

    /**
     * Returns a customer's replies, oldest first.
     *
     * @param customerId the customer; never null
     * @return the replies; never null
     */
    List<InboundReply> findByCustomer(CustomerId customerId);

    /**
     * Streams the replies received at or after a moment, for building the planner's history of
     * a whole portfolio. The caller closes the stream.
     *
     * @param from the first moment; never null
     * @return the replies in no particular order; never null
     */
    Stream<InboundReply> streamReceivedSince(Instant from);
}
