package io.github.receivables.reconciliation.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ISO 11649 structured creditor references: {@code RF}, two check digits and 1 to 21 letters or
 * digits, checked with ISO 7064 mod 97-10 as IBANs are. Spaces are allowed anywhere on input and
 * removed by {@link #normalize}; the printed form groups characters by four.
 */
public final class RfCreditorReference {

    private static final Pattern SHAPE = Pattern.compile("RF[0-9]{2}[0-9A-Z]{1,21}");
    private static final Pattern PAYLOAD = Pattern.compile("[0-9A-Z]{1,21}");

    private RfCreditorReference() {}

    /**
     * Removes spaces and converts to upper case.
     *
     * @param reference the reference as written; never null
     * @return the compact form
     */
    public static String normalize(String reference) {
        return reference.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Checks shape and check digits.
     *
     * @param reference the reference, with or without spaces; may be null
     * @return true for a valid ISO 11649 reference
     */
    public static boolean isValid(String reference) {
        if (reference == null) {
            return false;
        }
        String compact = normalize(reference);
        return SHAPE.matcher(compact).matches()
                && mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
    }

    /**
     * Creates a reference for a payload by computing its check digits.
     *
     * @param payload 1 to 21 letters or digits; lower case is converted
     * @return the compact reference, such as {@code RF18539007547034}
     * @throws IllegalArgumentException if the payload is empty, too long or not alphanumeric
     */
    public static String create(String payload) {
        String compact = payload == null ? "" : normalize(payload);
        if (!PAYLOAD.matcher(compact).matches()) {
            throw new IllegalArgumentException("an RF reference payload is 1 to 21 letters or"
                    + " digits, got '" + payload + "'");
        }
        int check = 98 - mod97(compact + "RF00");
        return "RF" + (check < 10 ? "0" : "") + check + compact;
    }

    /**
     * Formats a valid reference in groups of four characters, as printed on a payment slip.
     *
     * @param reference a valid reference
     * @return the printed form, such as {@code RF18 5390 0754 7034}
     */
    public static String format(String reference) {
        String compact = normalize(reference);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < compact.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(compact, i, Math.min(i + 4, compact.length()));
        }
        return out.toString();
    }

    /** Computes the remainder modulo 97 of the number formed by letters as 10..35 and digits. */
    static int mod97(String alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            int value = Character.digit(alphanumeric.charAt(i), 36);
            remainder = value < 10
                    ? (remainder * 10 + value) % 97
                    : (remainder * 100 + value) % 97;
        }
        return remainder;
    }
}
