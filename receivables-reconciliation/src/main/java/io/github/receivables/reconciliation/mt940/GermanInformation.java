package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The German structured :86: layout: a three-digit business transaction code (GVC), then
 * subfields each introduced by a separator and two digits, such as {@code ?20}. Most banks use
 * {@code ?} as separator; some, such as Triodos, use {@code >}.
 *
 * <p>Subfields: ?00 posting text, ?10 prima nota, ?20-?29 and ?60-?63 purpose, ?30 bank code,
 * ?31 account, ?32-?33 name, ?34 text key extension. The purpose lines are joined without a
 * separator because banks wrap them at a fixed width. SEPA keywords such as {@code EREF+} that
 * start a purpose line begin a new keyed value that runs until the next keyword.
 */
final class GermanInformation {

    private static final Set<String> SEPA_KEYS = Set.of(
            "EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "COAM", "OAMT",
            "IBAN", "BIC", "PURP", "RREF", "BREF");

    private GermanInformation() {}

    /** Tells whether the joined text starts like {@code 166?00}. */
    static boolean matches(String text) {
        return text.length() >= 6
                && Accounts.isDigit(text.charAt(0))
                && Accounts.isDigit(text.charAt(1))
                && Accounts.isDigit(text.charAt(2))
                && isSeparator(text.charAt(3))
                && Accounts.isDigit(text.charAt(4))
                && Accounts.isDigit(text.charAt(5));
    }

    private static boolean isSeparator(char c) {
        return c == '?' || c == '>';
    }

    static Information parse(String text) {
        char separator = text.charAt(3);
        ExtraFields extra = new ExtraFields();
        extra.put("gvc", text.substring(0, 3));
        List<String> purpose = new ArrayList<>();
        Counterparty counterparty = new Counterparty();

        int i = 3;
        while (i < text.length()) {
            int next = nextSubfield(text, i + 3, separator);
            int code = (text.charAt(i + 1) - '0') * 10 + (text.charAt(i + 2) - '0');
            subfield(code, text.substring(i + 3, next), extra, purpose, counterparty);
            i = next;
        }
        return withPurpose(text, counterparty.toParty(), purpose, extra);
    }

    /** Files one subfield, such as {@code ?20} with code 20, by its code. */
    private static void subfield(int code, String value, ExtraFields extra,
            List<String> purpose, Counterparty counterparty) {
        switch (code) {
            case 0 -> extra.put("postingText", value.strip());
            case 10 -> extra.put("primaNota", value.strip());
            case 30 -> counterparty.bank = value.strip();
            case 31, 38 -> counterparty.account = value.strip();
            case 32, 33 -> counterparty.name.append(value);
            case 34 -> extra.put("textKeyExtension", value.strip());
            default -> {
                if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                    purpose.add(value);
                } else {
                    String key = code < 10 ? "?0" + code : "?" + code;
                    extra.merge(key, value, String::concat);
                }
            }
        }
    }

    /** Subfields ?30 to ?33 (?38 for the IBAN at some banks) as they arrive. */
    private static final class Counterparty {
        private final StringBuilder name = new StringBuilder();
        private String bank;
        private String account;

        Party toParty() {
            String stripped = name.toString().strip();
            return new Party(stripped.isEmpty() ? null : stripped,
                    Accounts.counterparty(account, bank), null, null);
        }
    }

    private static int nextSubfield(String text, int from, char separator) {
        for (int i = from; i + 2 < text.length(); i++) {
            if (text.charAt(i) == separator
                    && Accounts.isDigit(text.charAt(i + 1))
                    && Accounts.isDigit(text.charAt(i + 2))) {
                return i;
            }
        }
        return text.length();
    }

    private static Information withPurpose(
            String text, Party party, List<String> purpose, ExtraFields extra) {
        StringBuilder unkeyed = new StringBuilder();
        StringBuilder current = unkeyed;
        String currentKey = null;
        boolean keyed = false;
        for (String line : purpose) {
            String key = sepaKey(line);
            if (key != null) {
                putKeyed(extra, currentKey, current);
                keyed = true;
                currentKey = key;
                current = new StringBuilder(line.length() * 2);
                current.append(line, key.length() + 1, line.length());
            } else {
                current.append(line);
            }
        }
        putKeyed(extra, currentKey, current);
        String remittance = extra.getOrDefault("SVWZ", unkeyed.toString().strip());
        if (keyed && unkeyed.length() > 0) {
            extra.put("purposeWithoutKey", unkeyed.toString().strip());
        }
        return new Information(text, party,
                remittance.isEmpty() ? List.of() : List.of(remittance),
                extra.get("EREF"), extra.get("MREF"), null, null, extra.stripValues().toMap());
    }

    /** Stores a keyed value; a keyword that appears twice continues its earlier value. */
    private static void putKeyed(ExtraFields extra, String key, StringBuilder value) {
        if (key != null) {
            extra.merge(key, value.toString().strip(), (a, b) -> a + b);
        }
    }

    private static String sepaKey(String line) {
        int plus = 0;
        while (plus < line.length() && plus < 5 && Accounts.isUpper(line.charAt(plus))) {
            plus++;
        }
        if (plus < 3 || plus > 4 || plus >= line.length() || line.charAt(plus) != '+') {
            return null;
        }
        String key = line.substring(0, plus);
        return SEPA_KEYS.contains(key) ? key : null;
    }
}
