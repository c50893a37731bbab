package io.github.receivables.spi.store;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The keys of the bank line a match decision came from, by which a later reversal of that line
 * finds the decision (see {@link MatchDecisionStore#findAppliedByEndToEndId} and the other
 * look-ups). Values are stored and compared exactly as given: the caller normalizes them first,
 * and matching does so with its own rules for accounts and payer names.
 *
 * <p>Contains personal data (the payer's account and name), so {@link #toString()} masks both.
 *
 * @param endToEndId the end-to-end id the payer gave the transfer, or null
 * @param bankReference the bank's reference of the statement entry, or null
 * @param amount the line's signed amount in the account currency; never null
 * @param date the line's booking date, else its value date, or null when the statement gives
 *     neither
 * @param payerAccount the payer's account as the caller normalizes it, or null
 * @param payerName the payer's name as the caller normalizes it, or null
 */
public record BankLineKeys(
        String endToEndId,
        String bankReference,
        Money amount,
        LocalDate date,
        String payerAccount,
        String payerName) {

    /** The maximum length of each text key every store accepts, in characters. */
    public static final int MAX_KEY_LENGTH = 140;

    /**
     * Validates the components.
     *
     * @throws NullPointerException if amount is null
     * @throws IllegalArgumentException if a text key is present but blank or longer than {@link
     *     #MAX_KEY_LENGTH}
     */
    public BankLineKeys {
        Objects.requireNonNull(amount, "amount");
        checkKey("endToEndId", endToEndId);
        checkKey("bankReference", bankReference);
        checkKey("payerAccount", payerAccount);
        checkKey("payerName", payerName);
    }

    private static void checkKey(String name, String value) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("bank line key " + name
                    + " is blank; pass null when the line has none");
        }
        if (value.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("bank line key " + name + " has " + value.length()
                    + " characters; the limit is " + MAX_KEY_LENGTH + ", so pass null instead");
        }
    }

    /**
     * Returns the keys with the payer's account and name masked, so they are safe to log.
     *
     * @return a description; never null
     */
    @Override
    public String toString() {
        return "BankLineKeys[endToEndId=" + endToEndId + ", bankReference=" + bankReference
                + ", amount=" + amount + ", date=" + date
                + ", payerAccount=" + mask(payerAccount) + ", payerName=" + mask(payerName) + "]";
    }

    private static String mask(String value) {
        return value == null ? null : "***";
    }
}
