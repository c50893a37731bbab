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

    private static final char SEPARATOR = '\u001f';

    private final String account;
    private final Map<String, Integer> occurrences = new HashMap<>();
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
        StringBuilder builder = new StringBuilder(
                account.length() + 64 + (text == null ? 4 : text.length()));
        builder.append(account).append(SEPARATOR);
        appendDate(builder, bookingDate);
        String key = builder.append(SEPARATOR)
                .append(amount.stripTrailingZeros().toPlainString()).append(SEPARATOR)
                .append(bankReference).append(SEPARATOR)
                .append(entryReference).append(SEPARATOR)
                .append(text)
                .toString();
        // The map keeps the digest of the key instead of the key because it is shorter to hash.
        digest.update(key.getBytes(StandardCharsets.UTF_8));
        MessageDigest withOccurrence = copy(digest);
        String keyDigest = new String(digest.digest(), StandardCharsets.ISO_8859_1);
        int occurrence = occurrences.merge(keyDigest, 1, Integer::sum);
        withOccurrence.update((SEPARATOR + Integer.toString(occurrence))
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(withOccurrence.digest(), 0, 16);
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

    /** Appends the date as {@link LocalDate#toString()} does, without the intermediate string. */
    private static void appendDate(StringBuilder builder, LocalDate date) {
        if (date == null || date.getYear() < 1000 || date.getYear() > 9999) {
            builder.append(date);
            return;
        }
        builder.append(date.getYear()).append('-');
        appendTwoDigits(builder, date.getMonthValue());
        builder.append('-');
        appendTwoDigits(builder, date.getDayOfMonth());
    }

    private static void appendTwoDigits(StringBuilder builder, int value) {
        builder.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 digest of this platform cannot be copied", e);
        }
    }
}
