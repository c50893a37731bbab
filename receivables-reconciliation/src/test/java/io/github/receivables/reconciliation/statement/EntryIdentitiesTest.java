package io.github.receivables.reconciliation.statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EntryIdentitiesTest {

    private static final AccountIdentifier ACCOUNT =
            new AccountIdentifier("CL0012345678", null, null);

    @Test
    void murmurMatchesReferenceVectors() {
        // Published MurmurHash3 x64 128 values for seed 0, as the two 64-bit halves h1 and h2.
        assertArrayEquals(new long[] {0, 0}, EntryIdentities.murmur3(""));
        assertArrayEquals(new long[] {0xcbd8a7b341bd9b02L, 0x5b1e906a48ae1d19L},
                EntryIdentities.murmur3("hello"));
        assertArrayEquals(new long[] {0xe34bbc7bbc071b6cL, 0x7a433ca9c49a9347L},
                EntryIdentities.murmur3("The quick brown fox jumps over the lazy dog"));
    }

    @Test
    void murmurOfUtf16BytesMatchesEarlierValues() {
        // The ids of earlier versions hashed UTF-16LE bytes. These values were computed then,
        // so they check blocks and tails of even lengths against a second source.
        assertArrayEquals(new long[] {0xee2ee18fe1bfd387L, 0x7b927262d8c336c4L},
                EntryIdentities.murmur3("hello".getBytes(StandardCharsets.UTF_16LE)));
        assertArrayEquals(new long[] {0x2803a5bc696daeb2L, 0xa2b1eb7540d6d1faL},
                EntryIdentities.murmur3("abcdefgh".getBytes(StandardCharsets.UTF_16LE)));
        assertArrayEquals(new long[] {0x1ac6acfe7367072eL, 0xceacd682c36f564aL},
                EntryIdentities.murmur3("abcdefghi".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void idHashesUtf8OfKey() {
        EntryIdentities identities = new EntryIdentities(ACCOUNT);
        String key = String.join("\u001f", "CL0012345678", "2026-11-30", "-12.5", "null",
                "E", "Pago M\u00fcller \u20ac", "1");
        long[] hash = EntryIdentities.murmur3(key.getBytes(StandardCharsets.UTF_8));
        String expected = String.format(Locale.ROOT, "%016x%016x", hash[0], hash[1]);
        assertEquals(expected, identities.next(LocalDate.of(2026, 11, 30),
                new BigDecimal("-12.50"), null, "E", "Pago M\u00fcller \u20ac"));
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

    /**
     * The ids equal the hash of the parts joined with U+001F and the occurrence number, for
     * accounts of every length, so the hash state kept after the account changes no id.
     */
    @Property(tries = 1000)
    void idsMatchHashOfJoinedKey(
            @ForAll("accounts") String account, @ForAll("texts") List<String> texts) {
        EntryIdentities identities =
                new EntryIdentities(new AccountIdentifier(account, null, null));
        Map<String, Integer> occurrences = new HashMap<>();
        LocalDate day = LocalDate.of(2026, 11, 30);
        for (int i = 0; i < texts.size(); i++) {
            BigDecimal amount = BigDecimal.valueOf(i % 3 * 125, 2);
            String bankReference = i % 2 == 0 ? null : "B" + i % 4;
            String text = texts.get(i);
            String key = String.join("\u001f", account, day.toString(),
                    amount.stripTrailingZeros().toPlainString(), String.valueOf(bankReference),
                    "E", String.valueOf(text));
            int occurrence = occurrences.merge(key, 1, Integer::sum);
            long[] hash = EntryIdentities.murmur3(key + "\u001f" + occurrence);
            String expected = String.format(Locale.ROOT, "%016x%016x", hash[0], hash[1]);
            assertEquals(expected, identities.next(day, amount, bankReference, "E", text),
                    "entry " + i + " with text " + text);
        }
    }

    @Provide
    Arbitrary<String> accounts() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u0141')
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~')
                .withChars('\u00fc', '\u20ac').ofMaxLength(30);
        return Arbitraries.oneOf(text, Arbitraries.of("x", "y"), Arbitraries.just(null))
                .list().ofMaxSize(12);
    }
}
