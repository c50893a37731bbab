package io.github.receivables.reconciliation.reference;

/**
 * Swiss payment references: the 27-digit QR reference and the ESR (ISR) reference it replaced,
 * which has 27 or 16 digits. Both end in a check digit computed with the recursive mod 10
 * algorithm of the Swiss payment standards, which detects every single wrong digit.
 */
public final class SwissReference {

    private static final int[] TABLE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private SwissReference() {}

    /**
     * Removes spaces.
     *
     * @param reference the reference as written; never null
     * @return the digits
     */
    public static String normalize(String reference) {
        return reference.replace(" ", "");
    }

    /**
     * Checks a 27-digit QR reference.
     *
     * @param reference the reference, with or without spaces; may be null
     * @return true when it has 27 digits and a correct check digit
     */
    public static boolean isValidQr(String reference) {
        return reference != null && isValid(normalize(reference), 27);
    }

    /**
     * Checks an ESR reference of 27 or 16 digits.
     *
     * @param reference the reference, with or without spaces; may be null
     * @return true when it has 27 or 16 digits and a correct check digit
     */
    public static boolean isValidEsr(String reference) {
        if (reference == null) {
            return false;
        }
        String digits = normalize(reference);
        return isValid(digits, 27) || isValid(digits, 16);
    }

    private static boolean isValid(String digits, int length) {
        if (digits.length() != length || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int check = checkDigit(digits.substring(0, length - 1));
        return check == digits.charAt(length - 1) - '0';
    }

    /**
     * Creates a 27-digit QR reference from 26 payload digits.
     *
     * @param payload 26 digits, the creditor's own numbering left-padded with zeros
     * @return the reference with its check digit
     * @throws IllegalArgumentException if the payload is not 26 digits
     */
    public static String createQr(String payload) {
        if (payload == null || !payload.matches("[0-9]{26}")) {
            throw new IllegalArgumentException(
                    "a QR reference payload is 26 digits, got '" + payload + "'");
        }
        return payload + checkDigit(payload);
    }

    /**
     * Computes the recursive mod 10 check digit.
     *
     * @param digits the digits before the check digit; never null
     * @return the check digit, 0 to 9
     */
    public static int checkDigit(String digits) {
        int carry = 0;
        for (int i = 0; i < digits.length(); i++) {
            carry = TABLE[(carry + digits.charAt(i) - '0') % 10];
        }
        return (10 - carry) % 10;
    }
}
