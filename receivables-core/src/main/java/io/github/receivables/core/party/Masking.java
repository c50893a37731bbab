package io.github.receivables.core.party;

/** Hides personal data for logs and error messages. */
public final class Masking {

    private Masking() {}

    /**
     * Masks an email address, phone number, account number or name. An email keeps the first
     * character of the local part and of the domain; anything else keeps its last four characters
     * when longer than six, else nothing.
     *
     * @param value the value to mask; may be null
     * @return the masked value, or {@code "null"} for null; never the original text
     */
    public static String mask(String value) {
        if (value == null) {
            return "null";
        }
        int at = value.indexOf('@');
        if (at > 0 && at < value.length() - 1) {
            return value.charAt(0) + "***@" + value.charAt(at + 1) + "***";
        }
        if (value.length() <= 6) {
            return "*".repeat(value.length());
        }
        return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }
}
