package io.github.receivables.reconciliation.statement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives entries stable identities: the same entry read again from the same or an overlapping file
 * gets the same id, and two genuine look-alike entries in one statement (same day, amount and
 * text) get different ids.
 *
 * <p>The id is a hash of the account, booking date, amount, bank and entry references and text,
 * plus the entry's occurrence number among entries with the same values in this statement. Two
 * statements that both contain a whole day therefore assign the same ids to that day's entries.
 * One instance serves one statement and is not thread-safe.
 */
public final class EntryIdentities {

    private final String account;
    private final Map<String, Integer> occurrences = new HashMap<>();

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
        int occurrence = occurrences.merge(key, 1, Integer::sum);
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

    private static String hash(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(bytes, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
