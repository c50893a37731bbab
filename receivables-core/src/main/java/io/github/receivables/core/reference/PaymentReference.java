package io.github.receivables.core.reference;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.party.CustomerId;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short structured reference that reminders print so a bank transfer quoting it matches
 * exactly: {@code RC}, a kind digit ({@code 1} customer, {@code 2} document), a payload of 4 to 16
 * digits, and two check digits.
 *
 * <p>The check digits follow ISO 7064 MOD 97-10, as IBAN and ISO 11649 do: for the digits
 * {@code D} (kind and payload), check = 98 - ((D × 100) mod 97), written with two digits, so that
 * the whole number (D followed by the check) mod 97 equals 1. This catches every single wrong
 * digit and every swap of two adjacent digits. The letters are a fixed marker and are not part of
 * the check.
 *
 * <p>The payload is either the host's own number ({@link #of}), which never collides, or a
 * 14-digit hash of the id ({@link #forCustomer}, {@link #forDocument}); with a million ids the
 * chance that any two hashes collide is about 0.5%, so a matcher should still compare amount and
 * customer. Example: {@code of(Kind.CUSTOMER, 1234567)} is {@code RC1123456717}.
 *
 * @param value the canonical form: {@code RC}, digits, no spaces
 */
public record PaymentReference(String value) {

    private static final Pattern CANONICAL = Pattern.compile("RC[12][0-9]{4,16}[0-9]{2}");
    private static final Pattern IN_TEXT =
            Pattern.compile("(?i)\\bRC[\\s.-]?((?:[0-9][\\s.-]?){6,18}[0-9])\\b");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final long HASH_RANGE = 100_000_000_000_000L;

    /** The kind of thing a reference points at. */
    public enum Kind {
        /** All open items of a customer. */
        CUSTOMER('1'),
        /** One document. */
        DOCUMENT('2');

        private final char digit;

        Kind(char digit) {
            this.digit = digit;
        }

        /**
         * Returns the digit that marks this kind.
         *
         * @return {@code 1} or {@code 2}
         */
        public char digit() {
            return digit;
        }
    }

    /**
     * Validates the value.
     *
     * @throws InvalidPaymentReferenceException if the form or the check digits are wrong
     */
    public PaymentReference {
        Objects.requireNonNull(value, "value");
        if (!CANONICAL.matcher(value).matches()) {
            throw new InvalidPaymentReferenceException("payment reference '" + value
                    + "' must be RC, a kind digit 1 or 2, 4 to 16 digits and 2 check digits");
        }
        if (mod97(value.substring(2)) != 1) {
            throw new InvalidPaymentReferenceException("payment reference '" + value
                    + "' has wrong check digits: check it for a typo");
        }
    }

    /**
     * Creates a reference from the host's own number.
     *
     * @param kind customer or document; never null
     * @param number the number, 0 to 9,999,999,999,999,999
     * @return the reference; never null
     * @throws IllegalArgumentException if the number is out of range
     */
    public static PaymentReference of(Kind kind, long number) {
        if (number < 0 || number > 9_999_999_999_999_999L) {
            throw new IllegalArgumentException("payment reference number must be 0 to 16 digits,"
                    + " got " + number);
        }
        return build(kind, String.format(Locale.ROOT, "%04d", number));
    }

    /**
     * Creates a customer reference from a 14-digit hash of the customer id.
     *
     * @param id the customer; never null
     * @return the reference; never null
     */
    public static PaymentReference forCustomer(CustomerId id) {
        return build(Kind.CUSTOMER, hashDigits(id.value()));
    }

    /**
     * Creates a document reference from a 14-digit hash of the document id.
     *
     * @param id the document; never null
     * @return the reference; never null
     */
    public static PaymentReference forDocument(DocumentId id) {
        return build(Kind.DOCUMENT, hashDigits(id.value()));
    }

    /**
     * Parses a reference as people write it: any case, with spaces, dots or dashes.
     *
     * @param text such as {@code rc 1123 4567 17}; never null
     * @return the reference; never null
     * @throws InvalidPaymentReferenceException if the text is not a valid reference
     */
    public static PaymentReference parse(String text) {
        Objects.requireNonNull(text, "text");
        String compact = text.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
        return new PaymentReference(compact);
    }

    /**
     * Finds the first valid reference in free text, such as a transfer's remittance information.
     *
     * @param text the text; never null
     * @return the reference, or empty when none with valid check digits is found
     */
    public static Optional<PaymentReference> findIn(String text) {
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1).replaceAll("[\\s.-]", "");
            try {
                return Optional.of(new PaymentReference("RC" + digits));
            } catch (InvalidPaymentReferenceException e) {
                // Keep looking: a number that fails the check is not our reference.
            }
        }
        return Optional.empty();
    }

    /**
     * Finds every valid reference in free text, in order, with where each is written. A number
     * whose check digits fail is skipped, so a single wrong digit yields no occurrence.
     *
     * @param text the text; never null
     * @return the occurrences, empty when there is none; never null
     */
    public static List<Occurrence> findAllIn(String text) {
        Objects.requireNonNull(text, "text");
        List<Occurrence> found = new ArrayList<>();
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1).replaceAll("[\\s.-]", "");
            try {
                found.add(new Occurrence(new PaymentReference("RC" + digits), matcher.start(),
                        matcher.end()));
            } catch (InvalidPaymentReferenceException e) {
                // Keep looking: a number that fails the check is not our reference.
            }
        }
        return List.copyOf(found);
    }

    /**
     * A reference found in text.
     *
     * @param reference the reference in canonical form; never null
     * @param start the index of its first character in the text, inclusive
     * @param end the index after its last character in the text, exclusive
     */
    public record Occurrence(PaymentReference reference, int start, int end) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException if reference is null
         * @throws IllegalArgumentException if start is negative or end is not after start
         */
        public Occurrence {
            Objects.requireNonNull(reference, "reference");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("occurrence of " + reference
                        + " must have 0 <= start < end, got " + start + " and " + end);
            }
        }
    }

    /**
     * Returns what the reference points at.
     *
     * @return customer or document; never null
     */
    public Kind kind() {
        return value.charAt(2) == '1' ? Kind.CUSTOMER : Kind.DOCUMENT;
    }

    /**
     * Returns the reference in groups of four for printing, such as {@code RC11 2345 6717}.
     *
     * @return the grouped form; never null
     */
    public String grouped() {
        StringBuilder out = new StringBuilder(value.length() + 6);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static PaymentReference build(Kind kind, String payload) {
        Objects.requireNonNull(kind, "kind");
        String digits = kind.digit() + payload;
        int check = 98 - mod97(digits + "00");
        return new PaymentReference("RC" + digits + String.format(Locale.ROOT, "%02d", check));
    }

    private static int mod97(String digits) {
        return new BigInteger(digits).mod(NINETY_SEVEN).intValue();
    }

    private static String hashDigits(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8));
            long value = new BigInteger(1, hash).mod(BigInteger.valueOf(HASH_RANGE)).longValue();
            return String.format(Locale.ROOT, "%014d", value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
