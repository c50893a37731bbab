package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.notification.SendResult;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemorySentMessageStoreTest {

    private static final SendResult.Sent SENT =
            new SendResult.Sent("<a@mail.example.cl>", Instant.parse("2025-03-14T12:30:00Z"));

    @Test
    void storeFindsRememberedKey() {
        InMemorySentMessageStore store = new InMemorySentMessageStore(2);
        store.remember("a", SENT);

        assertEquals(Optional.of(SENT), store.find("a"));
        assertTrue(store.find("b").isEmpty());
    }

    @Test
    void storeForgetsOldestBeyondCapacity() {
        InMemorySentMessageStore store = new InMemorySentMessageStore(2);
        store.remember("a", SENT);
        store.remember("b", SENT);
        store.remember("c", SENT);

        assertTrue(store.find("a").isEmpty());
        assertTrue(store.find("b").isPresent());
        assertTrue(store.find("c").isPresent());
        assertEquals(2, store.size());
    }

    @Test
    void storeRefreshesKeyRememberedAgain() {
        InMemorySentMessageStore store = new InMemorySentMessageStore(2);
        store.remember("a", SENT);
        store.remember("b", SENT);
        store.remember("a", SENT);
        store.remember("c", SENT);

        assertTrue(store.find("a").isPresent());
        assertTrue(store.find("b").isEmpty());
    }

    @Test
    void storeRejectsZeroCapacity() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InMemorySentMessageStore(0));

        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }
}
