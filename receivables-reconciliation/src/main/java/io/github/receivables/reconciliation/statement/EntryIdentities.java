package io.github.receivables.reconciliation.statement;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
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
 *
 * <p>To number look-alikes the instance remembers a 64-bit fingerprint and a count per distinct
 * entry in two primitive arrays, 16 to 32 bytes per entry of the statement depending on how full
 * the table is; the entries themselves are not kept. One instance serves one statement and is not thread-safe.
 */
public final class EntryIdentities {

    private static final int INITIAL_CAPACITY = 64;

    private final String account;
    private final MessageDigest digest;
    private long[] fingerprints = new long[INITIAL_CAPACITY];
    private int[] counts = new int[INITIAL_CAPACITY];
    private int size;

    /**
     * Creates the identity source for one statement.
     *
     * @param account the account identifier of the statement; never null
     */
    public EntryIdentities(AccountIdentifier account) {
        this.account = account.value();
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
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
        byte[] keyHash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
        int occurrence = countOccurrence(ByteBuffer.wrap(keyHash).getLong());
        byte[] idHash = digest.digest((key + "\u001f" + occurrence).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(idHash, 0, 16);
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

    /** Adds one to the count of a fingerprint in an open-addressing table and returns the count. */
    private int countOccurrence(long fingerprint) {
        if (fingerprint == 0) {
            fingerprint = 1;
        }
        if (size * 4 >= fingerprints.length * 3) {
            grow();
        }
        int slot = slotOf(fingerprint, fingerprints);
        if (fingerprints[slot] == 0) {
            fingerprints[slot] = fingerprint;
            size++;
        }
        return ++counts[slot];
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        int[] oldCounts = counts;
        fingerprints = new long[oldFingerprints.length * 2];
        counts = new int[oldCounts.length * 2];
        for (int i = 0; i < oldFingerprints.length; i++) {
            if (oldFingerprints[i] != 0) {
                int slot = slotOf(oldFingerprints[i], fingerprints);
                fingerprints[slot] = oldFingerprints[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int slotOf(long fingerprint, long[] table) {
        int mask = table.length - 1;
        int slot = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (table[slot] != 0 && table[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
