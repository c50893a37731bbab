package io.github.receivables.reconciliation.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Gives entries stable identities: the same entry read again from the same or an overlapping file
 * gets the same id, and two genuine look-alike entries in one statement (same day, amount and
 * text) get different ids.
 *
 * <p>The id is a 128-bit hash (MurmurHash3 x64 128) of the account, booking date, amount, bank
 * and entry references and text, plus the entry's occurrence number among entries with the same
 * values in this statement. Two statements that both contain a whole day therefore assign the
 * same ids to that day's entries. The hash is not cryptographic: ids tell entries apart, they do
 * not protect against someone crafting a collision.
 *
 * <p>To count occurrences the instance keeps a 64-bit fingerprint of each distinct key, 24 to 48
 * bytes per entry depending on how full the table is; the entries themselves are not kept. Two
 * different keys with the same fingerprint (odds near 2^-64 per pair) only give the second a
 * higher occurrence number, and its id still differs from the first's because the key is part
 * of the hash. One instance serves one statement and is not thread-safe.
 */
public final class EntryIdentities {

    private final String account;
    private final OccurrenceTable occurrences = new OccurrenceTable();

    /**
     * Creates the identity source for one statement.
     *
     * @param account the account identifier of the statement; never null
     */
    public EntryIdentities(AccountIdentifier account) {
        this.account = account.value();
    }

    /**
     * Returns the id of the next entry with these values.
     *
     * @param bookingDate the booking date, or the value date when there is none; may be null
     * @param amount the signed amount as written
     * @param bankReference the bank reference, or null
     * @param entryReference the entry reference, or null
     * @param text remittance or additional text that distinguishes entries, or null
     * @return a 32-character hexadecimal id; never null
     */
    public String next(
            LocalDate bookingDate,
            BigDecimal amount,
            String bankReference,
            String entryReference,
            String text) {
        String key = String.join("\u001f",
                account,
                String.valueOf(bookingDate),
                amount.stripTrailingZeros().toPlainString(),
                String.valueOf(bankReference),
                String.valueOf(entryReference),
                String.valueOf(text));
        int occurrence = occurrences.increment(murmur3(key)[0]);
        long[] id = murmur3(key + "\u001f" + occurrence);
        return HexFormat.of().toHexDigits(id[0]) + HexFormat.of().toHexDigits(id[1]);
    }

    /**
     * Returns the id of the transaction at an index inside an entry.
     *
     * @param entryId the id of the entry
     * @param index the 0-based index of the transaction in the entry
     * @return the transaction id; never null
     */
    public static String transactionId(String entryId, int index) {
        return entryId + "-" + index;
    }



    /**
     * Hashes text with MurmurHash3 x64 128 and seed 0 (Austin Appleby's public-domain algorithm)
     * over its UTF-16LE bytes, reading four chars as one 64-bit block.
     */
    static long[] murmur3(String text) {
        final long c1 = 0x87c37b91114253d5L;
        final long c2 = 0x4cf5ad432745937fL;
        long h1 = 0;
        long h2 = 0;
        int length = text.length();
        int blocks = length / 8;

        // Body: eight chars (16 bytes) per round.
        for (int b = 0; b < blocks; b++) {
            int i = b * 8;
            long k1 = chars(text, i);
            long k2 = chars(text, i + 4);
            k1 *= c1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= c2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= c2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= c1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }

        // Tail: the last zero to seven chars.
        long k1 = 0;
        long k2 = 0;
        int tail = blocks * 8;
        for (int i = length - 1; i >= tail; i--) {
            int offset = (i - tail) * 16;
            if (offset >= 64) {
                k2 |= (long) text.charAt(i) << (offset - 64);
            } else {
                k1 |= (long) text.charAt(i) << offset;
            }
        }
        if (k2 != 0) {
            k2 *= c2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= c1;
            h2 ^= k2;
        }
        if (k1 != 0) {
            k1 *= c1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= c2;
            h1 ^= k1;
        }

        // Finalization over the length in bytes.
        long bytes = 2L * length;
        h1 ^= bytes;
        h2 ^= bytes;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }

    private static long chars(String text, int i) {
        return text.charAt(i) | (long) text.charAt(i + 1) << 16
                | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Open-addressing table from a key fingerprint to its occurrence count. */
    private static final class OccurrenceTable {

        private long[] keys = new long[64];
        private int[] counts = new int[64];
        private int size;

        int increment(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = find(keys, counts, key);
            if (counts[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            return ++counts[slot];
        }

        private static int find(long[] keys, int[] counts, long key) {
            int mask = keys.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
            while (counts[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] != 0) {
                    int slot = find(keys, counts, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }
}
