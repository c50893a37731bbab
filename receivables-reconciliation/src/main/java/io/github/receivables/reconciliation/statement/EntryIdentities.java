package io.github.receivables.reconciliation.statement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Gives entries stable identities: the same entry read again from the same or an overlapping file
 * gets the same id, and two genuine look-alike entries in one statement (same day, amount and
 * text) get different ids.
 *
 * <p>The id is a hash of the account, booking date, amount, bank and entry references and text,
 * plus the entry's occurrence number among entries with the same values in this statement. Two
 * statements that both contain a whole day therefore assign the same ids to that day's entries.
 * One instance serves one statement and is not thread-safe.
 *
 * <p>To count occurrences the instance keeps a 64-bit fingerprint of each distinct key, about 24
 * bytes per entry, so that a statement of a million entries needs some 24 MB. Two different keys
 * with the same fingerprint (odds near 2^-64 per pair) only give the second a higher occurrence
 * number. Its id still differs from the first's, because the key is part of the hash.
 */
public final class EntryIdentities {

    private final String account;
    private final OccurrenceTable occurrences = new OccurrenceTable();
    private final MessageDigest digest = sha256();

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
        int occurrence = occurrences.increment(fingerprint(key));
        return hash(key + "\u001f" + occurrence);
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

    private String hash(String key) {
        byte[] bytes = digest.digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(bytes, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** Two independent 32-bit polynomial hashes of the key, as one 64-bit value. */
    private static long fingerprint(String key) {
        int high = 0;
        int low = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            high = 31 * high + c;
            low = 1_000_003 * low + c;
        }
        return ((long) high << 32) ^ (low & 0xFFFFFFFFL);
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
