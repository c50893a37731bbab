package io.github.receivables.spi.memory;

import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.notification.InboundReply;
import io.github.receivables.spi.store.ReplyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/** A {@link ReplyStore} in a concurrent map, for tests and examples. Thread-safe. */
public final class InMemoryReplyStore implements ReplyStore {

    private final ConcurrentMap<String, InboundReply> replies = new ConcurrentHashMap<>();

    @Override
    public boolean add(InboundReply reply) {
        Objects.requireNonNull(reply, "reply");
        return replies.putIfAbsent(reply.kind() + "/" + reply.replyId(), reply) == null;
    }

    @Override
    public List<InboundReply> findByCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        List<InboundReply> found = new ArrayList<>();
        for (InboundReply reply : replies.values()) {
            if (reply.customerId().equals(customerId)) {
                found.add(reply);
            }
        }
        found.sort(Comparator.comparing(InboundReply::receivedAt)
                .thenComparing(InboundReply::replyId));
        return found;
    }

    @Override
    public Stream<InboundReply> streamReceivedSince(Instant from) {
        Objects.requireNonNull(from, "from");
        return List.copyOf(replies.values()).stream()
                .filter(reply -> !reply.receivedAt().isBefore(from));
    }
}
