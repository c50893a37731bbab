package io.github.receivables.reconciliation.matching.index;

/**
 * Turns references as written into lookup keys, so that {@code F-001234}, {@code f 001234} and
 * {@code F001234} meet, and {@code 0001234} meets {@code 1234}. Stateless and thread-safe.
 */
public final class ReferenceKeys {

    private ReferenceKeys() {}

    /**
     * Normalizes a reference: keeps ASCII letters and digits, upper-cases letters, and drops the
     * leading zeros of an all-digit key (keeping one zero for an all-zero key).
     *
     * @param reference the reference as written; never null
     * @return the key, empty when the reference has no ASCII letter or digit; never null
     */
    public static String normalize(String reference) {
        String key = alphanumericUpper(reference);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return key;
            }
        }
        int start = 0;
        while (start < key.length() - 1 && key.charAt(start) == '0') {
            start++;
        }
        return key.substring(start);
    }

    /**
     * Normalizes an account identifier: keeps ASCII letters and digits, upper-cases letters and
     * keeps leading zeros.
     *
     * @param account the account as written; never null
     * @return the key; never null
     */
    public static String account(String account) {
        return alphanumericUpper(account);
    }

    private static String alphanumericUpper(String text) {
        if (isAlphanumericUpper(text)) {
            return text;
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                key.append(c);
            } else if (c >= 'a' && c <= 'z') {
                key.append((char) (c - ('a' - 'A')));
            }
        }
        return key.toString();
    }

    private static boolean isAlphanumericUpper(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }
}
