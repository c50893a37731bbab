package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognizes IBANs by shape and ISO 13616 check digits, to fill {@link AccountIdentifier}. */
final class Ibans {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");

    private Ibans() {}

    /**
     * Creates an account identifier, as an IBAN when the value is a valid one.
     *
     * @return the identifier, or null when the value is null or blank
     */
    static AccountIdentifier account(String value, String bic) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        String cleanBic = bic == null || bic.isBlank() ? null : bic.strip();
        if (isIban(compact)) {
            return new AccountIdentifier(compact, null, cleanBic);
        }
        return new AccountIdentifier(null, value.strip(), cleanBic);
    }

    static boolean isIban(String compact) {
        if (!SHAPE.matcher(compact).matches()) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }
}
