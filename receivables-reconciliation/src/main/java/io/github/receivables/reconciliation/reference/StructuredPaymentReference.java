package io.github.receivables.reconciliation.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment reference our reminders print and our matching looks for: {@code RCV-}, a key of
 * letters and digits naming a customer or an invoice, and one check character.
 *
 * <p>The check character follows ISO 7064 MOD 37,36 (the hybrid system over the 36 characters
 * 0-9 and A-Z), which detects every single wrong character and every swap of two adjacent
 * characters. The key is kept readable so that a person can also match by eye. Parsing ignores
 * case and accepts a space or no separator after {@code RCV}, because banks often drop
 * punctuation from remittance text.
 *
 * @param key the normalized key: 1 to {@value #MAX_KEY_LENGTH} upper-case letters and digits;
 *     never null
 */
public record StructuredPaymentReference(String key) {

    /** The maximum key length, so that the printed reference fits in 25 characters. */
    public static final int MAX_KEY_LENGTH = 20;

    /** The prefix of every printed reference. */
    public static final String PREFIX = "RCV-";

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern KEY = Pattern.compile("[0-9A-Z]{1," + MAX_KEY_LENGTH + "}");
    private static final Pattern PRINTED =
            Pattern.compile("(?i)RCV[- ]?([0-9A-Z]{2," + (MAX_KEY_LENGTH + 1) + "})");
    private static final Pattern CANDIDATE = Pattern.compile("(?i)(?<![0-9A-Z])RCV[- ]?([0-9A-Z]{2,"
            + (MAX_KEY_LENGTH + 1) + "})(?![0-9A-Z])");

    /**
     * Validates the key.
     *
     * @throws IllegalArgumentException if the key is not 1 to 20 upper-case letters and digits
     */
    public StructuredPaymentReference {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a structured reference key is 1 to "
                    + MAX_KEY_LENGTH + " upper-case letters and digits, got '" + key + "'");
        }
    }

    /**
     * Creates the reference for a customer or invoice key. Spaces, hyphens, dots, slashes and
     * underscores are removed and letters upper-cased, so {@code 33-12345} and {@code 3312345}
     * give the same reference.
     *
     * @param customerOrInvoiceKey the key, such as an invoice number or customer code
     * @return the reference; never null
     * @throws IllegalArgumentException if the normalized key is empty, longer than 20
     *     characters, or contains characters other than letters A-Z and digits
     */
    public static StructuredPaymentReference create(String customerOrInvoiceKey) {
        return new StructuredPaymentReference(normalizeKey(customerOrInvoiceKey));
    }

    /**
     * Normalizes a key the way {@link #create} does, so that callers can compare keys.
     *
     * @param key the key as the host stores it; never null
     * @return the key without separators and in upper case
     */
    public static String normalizeKey(String key) {
        Objects.requireNonNull(key, "key");
        return key.replaceAll("[\\s\\-./_]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Parses a printed reference, such as {@code RCV-F3312345X}, {@code rcv f3312345x} or
     * {@code RCVF3312345X}.
     *
     * @param text the whole text to parse; surrounding spaces are ignored; may be null
     * @return the reference, or empty when the text is not one or its check character is wrong
     */
    public static Optional<StructuredPaymentReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PRINTED.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return fromKeyAndCheck(matcher.group(1).toUpperCase(Locale.ROOT));
    }

    /** Splits the body into key and check character and verifies it. */
    static Optional<StructuredPaymentReference> fromKeyAndCheck(String body) {
        String key = body.substring(0, body.length() - 1);
        char check = body.charAt(body.length() - 1);
        if (!KEY.matcher(key).matches() || checkCharacter(key) != check) {
            return Optional.empty();
        }
        return Optional.of(new StructuredPaymentReference(key));
    }

    /** Returns the pattern that finds candidates in free text; group 1 is key plus check. */
    static Pattern candidatePattern() {
        return CANDIDATE;
    }

    /**
     * Returns the printed form: prefix, key and check character.
     *
     * @return the reference as reminders print it, such as {@code RCV-F3312345X}
     */
    public String value() {
        return PREFIX + key + checkCharacter(key);
    }

    /**
     * Returns the check character of this reference.
     *
     * @return one of 0-9 and A-Z
     */
    public char checkCharacter() {
        return checkCharacter(key);
    }

    /** Computes the ISO 7064 MOD 37,36 check character of a key. */
    static char checkCharacter(String key) {
        int product = 36;
        for (int i = 0; i < key.length(); i++) {
            int sum = (ALPHABET.indexOf(key.charAt(i)) + product) % 36;
            product = (2 * (sum == 0 ? 36 : sum)) % 37;
        }
        return ALPHABET.charAt((37 - product) % 36);
    }

    @Override
    public String toString() {
        return value();
    }
}
