package io.github.receivables.reconciliation.statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EntryIdentitiesTest {

    private static final AccountIdentifier ACCOUNT =
            new AccountIdentifier("CL0012345678", null, null);

    @Test
    void murmurMatchesReferenceVectors() {
        // Expected values come from the reference algorithm run over the UTF-16LE bytes of each
        // text. The same reference gives cbd8a7b341bd9b02 5b1e906a48ae1d19 for ASCII "hello".
        assertArrayEquals(new long[] {0, 0}, EntryIdentities.murmur3(""));
        assertArrayEquals(new long[] {0xee2ee18fe1bfd387L, 0x7b927262d8c336c4L},
                EntryIdentities.murmur3("hello"));
        assertArrayEquals(new long[] {0x2803a5bc696daeb2L, 0xa2b1eb7540d6d1faL},
                EntryIdentities.murmur3("abcdefgh"));
        assertArrayEquals(new long[] {0x1ac6acfe7367072eL, 0xceacd682c36f564aL},
                EntryIdentities.murmur3("abcdefghi"));
    }

    @Test
    void lookAlikeEntriesGetDistinctIds() {
        EntryIdentities identities = new EntryIdentities(ACCOUNT);
        LocalDate day = LocalDate.of(2026, 11, 30);
        String first = identities.next(day, new BigDecimal("1000"), null, null, "Factura 12");
        String second = identities.next(day, new BigDecimal("1000"), null, null, "Factura 12");
        assertNotEquals(first, second);
        assertEquals(32, first.length());
    }

    @Test
    void sameEntriesReadAgainGetSameIds() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        EntryIdentities firstRead = new EntryIdentities(ACCOUNT);
        EntryIdentities secondRead = new EntryIdentities(ACCOUNT);
        for (int i = 0; i < 1000; i++) {
            BigDecimal amount = BigDecimal.valueOf(i % 7);
            assertEquals(firstRead.next(day, amount, null, null, "x"),
                    secondRead.next(day, amount, null, null, "x"));
        }
    }

    @Test
    void trailingZerosDoNotChangeId() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        String plain = new EntryIdentities(ACCOUNT).next(day, new BigDecimal("10.5"), "B", "E", null);
        String padded = new EntryIdentities(ACCOUNT).next(day, new BigDecimal("10.500"), "B", "E", null);
        assertEquals(plain, padded);
    }
}
