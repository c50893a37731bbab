package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.AccountIdentifier;

/** Recognition of IBANs and BICs inside account fields. */
final class Accounts {

    /** 10^k mod 97 for k from 0 to 68, enough for 34 letters of two digits each. */
    private static final int[] POWERS_OF_TEN_MOD_97 = new int[69];

    static {
        int power = 1;
        for (int k = 0; k < POWERS_OF_TEN_MOD_97.length; k++) {
            POWERS_OF_TEN_MOD_97[k] = power;
            power = power * 10 % 97;
        }
    }

    private Accounts() {}

    /** Tells whether the text is an IBAN with a valid ISO 13616 mod-97 check. */
    static boolean isIban(String text) {
        int length = text.length();
        if (length < 15 || length > 34) {
            return false;
        }
        if (!isUpper(text.charAt(0)) || !isUpper(text.charAt(1))
                || !isDigit(text.charAt(2)) || !isDigit(text.charAt(3))) {
            return false;
        }
        // ISO 13616 reads the chars from index 4 on and then the first four, digits as
        // themselves and letters as the two digits 10 to 35, and takes the number mod 97. Each
        // char adds its value times 10^place mod 97, its place counted in digits from the end,
        // so no char waits for the multiplication of the char before.
        int sum = 0;
        int place = 0;
        for (int k = length - 1; k >= 0; k--) {
            char c = text.charAt(k < length - 4 ? k + 4 : k - (length - 4));
            if (isDigit(c)) {
                sum += (c - '0') * POWERS_OF_TEN_MOD_97[place];
                place++;
            } else if (isUpper(c)) {
                sum += (c - 'A' + 10) * POWERS_OF_TEN_MOD_97[place];
                place += 2;
            } else {
                return false;
            }
        }
        return sum % 97 == 1;
    }

    /** Tells whether the text has the shape of a BIC: 4 letters, 2 letters, 2 and 3 optional. */
    static boolean isBic(String text) {
        int length = text.length();
        if (length != 8 && length != 11) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!isUpper(text.charAt(i))) {
                return false;
            }
        }
        for (int i = 6; i < length; i++) {
            char c = text.charAt(i);
            if (!isUpper(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Builds a counterparty account from an account text and a bank code, or null if blank. */
    static AccountIdentifier counterparty(String account, String bank) {
        String value = account == null ? "" : account.replace(" ", "");
        if (value.isEmpty()) {
            return null;
        }
        String bic = bank == null || bank.isBlank() ? null : bank.strip();
        return isIban(value)
                ? new AccountIdentifier(value, null, bic)
                : new AccountIdentifier(null, value, bic);
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
