package io.github.receivables.reconciliation.matching.extract;

/** Check digit algorithms of payment references. Stateless and thread-safe. */
public final class Checksums {

    private static final int[] MOD10_TABLE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private Checksums() {}

    /**
     * Checks an ISO 11649 creditor reference: the first four characters moved to the end,
     * letters replaced by 10 to 35, the number modulo 97 must be 1.
     *
     * @param reference the reference without spaces, upper case, such as
     *     {@code RF18539007547034}; never null
     * @return true when it starts with RF, is 5 to 25 characters of letters and digits, and the
     *     check passes
     */
    public static boolean isValidRf(String reference) {
        if (reference.length() < 5 || reference.length() > 25 || !reference.startsWith("RF")) {
            return false;
        }
        String rearranged = reference.substring(4) + reference.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }

    /**
     * Checks the last digit of a Swiss QR or ESR reference with the modulo 10 recursive
     * algorithm.
     *
     * @param digits the reference digits without spaces; never null
     * @return true when all characters are digits, there are at least 2, and the check passes
     */
    public static boolean isValidMod10Recursive(String digits) {
        if (digits.length() < 2) {
            return false;
        }
        int carry = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            carry = MOD10_TABLE[(carry + c - '0') % 10];
        }
        char last = digits.charAt(digits.length() - 1);
        return last >= '0' && last <= '9' && (10 - carry) % 10 == last - '0';
    }

    /**
     * Computes the modulo 10 recursive check digit of a digit string.
     *
     * @param digits the digits before the check digit; never null
     * @return the check digit, 0 to 9
     * @throws IllegalArgumentException if a character is not a digit
     */
    public static int mod10RecursiveCheckDigit(String digits) {
        int carry = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("'" + digits + "' has a non-digit at position "
                        + (i + 1));
            }
            carry = MOD10_TABLE[(carry + c - '0') % 10];
        }
        return (10 - carry) % 10;
    }

    /**
     * Computes the two check digits of an ISO 11649 reference for a body.
     *
     * @param body the reference body, 1 to 21 letters or digits, upper case; never null
     * @return the full reference {@code RF} + check digits + body
     * @throws IllegalArgumentException if the body is empty, too long or has other characters
     */
    public static String rfReference(String body) {
        if (body.isEmpty() || body.length() > 21 || !isUpperAlphanumeric(body)) {
            throw new IllegalArgumentException("RF body '" + body
                    + "' must be 1 to 21 upper-case letters or digits");
        }
        String candidate = body + "RF00";
        int remainder = 0;
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            remainder = c <= '9' ? (remainder * 10 + (c - '0')) % 97
                    : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        int check = 98 - remainder;
        return "RF" + (check < 10 ? "0" : "") + check + body;
    }

    private static boolean isUpperAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }
}
