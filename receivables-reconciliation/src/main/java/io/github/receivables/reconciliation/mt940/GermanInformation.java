package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.Party;
import java.util.List;

/**
 * The German structured :86: layout: a three-digit business transaction code (GVC), then
 * subfields each introduced by a separator and two digits, such as {@code ?20}. Most banks use
 * {@code ?} as separator; some, such as Triodos, use {@code >}.
 *
 * <p>Subfields: ?00 posting text, ?10 prima nota, ?20-?29 and ?60-?63 purpose, ?30 bank code,
 * ?31 account, ?32-?33 name, ?34 text key extension. The purpose lines are joined without a
 * separator because banks wrap them at a fixed width. SEPA keywords such as {@code EREF+} that
 * start a purpose line begin a new keyed value that runs until the next keyword.
 *
 * <p>One instance parses the :86: fields of a file one after the other and reuses its state.
 * Not thread-safe.
 */
final class GermanInformation {

    private static final String[] SEPA_KEYS = {
            "EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "COAM", "OAMT",
            "IBAN", "BIC", "PURP", "RREF", "BREF"};

    /**
     * The names of the values this layout keeps, each at its slot in {@link ExtraFields}: named
     * subfields first, then the SEPA keywords from {@link #SEPA_BASE} on, then {@code ?00} to
     * {@code ?99} from {@link #SUBFIELD_BASE} on, for subfields without a name of their own.
     */
    private static final String[] NAMES;

    private static final int GVC = 0;
    private static final int POSTING_TEXT = 1;
    private static final int PRIMA_NOTA = 2;
    private static final int TEXT_KEY_EXTENSION = 3;
    private static final int PURPOSE_WITHOUT_KEY = 4;
    private static final int SEPA_BASE = 5;
    private static final int SUBFIELD_BASE = SEPA_BASE + SEPA_KEYS.length;

    static {
        String[] names = new String[SUBFIELD_BASE + 100];
        names[GVC] = "gvc";
        names[POSTING_TEXT] = "postingText";
        names[PRIMA_NOTA] = "primaNota";
        names[TEXT_KEY_EXTENSION] = "textKeyExtension";
        names[PURPOSE_WITHOUT_KEY] = "purposeWithoutKey";
        System.arraycopy(SEPA_KEYS, 0, names, SEPA_BASE, SEPA_KEYS.length);
        for (int code = 0; code < 100; code++) {
            names[SUBFIELD_BASE + code] = (code < 10 ? "?0" : "?") + code;
        }
        NAMES = names;
    }

    private static final int EREF = ExtraFields.slot(NAMES, "EREF");
    private static final int MREF = ExtraFields.slot(NAMES, "MREF");
    private static final int SVWZ = ExtraFields.slot(NAMES, "SVWZ");

    private final ExtraFields extra = new ExtraFields(NAMES);
    /** The purpose lines before the first keyword. */
    private final JoinedText unkeyed = new JoinedText();
    /** The value of the latest keyword, reused for the next keyword once it is stored. */
    private final JoinedText keyed = new JoinedText();
    /** Subfields ?32 and ?33. */
    private final JoinedText name = new JoinedText();
    private String text;
    /** {@link #unkeyed} until the first keyword, then {@link #keyed}. */
    private JoinedText current;
    /** The slot of the keyword of {@link #keyed}, or -1 before the first keyword. */
    private int currentSlot;
    /** Subfield ?30. */
    private String bank;
    /** Subfield ?31, or ?38 for the IBAN at some banks. */
    private String account;

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

    /** Parses the joined text of a field that {@link #matches}. */
    Information parse(String joined) {
        text = joined;
        extra.clear();
        unkeyed.reset(joined);
        name.reset(joined);
        current = unkeyed;
        currentSlot = -1;
        bank = null;
        account = null;

        char separator = joined.charAt(3);
        extra.put(GVC, joined.substring(0, 3));
        int i = 3;
        while (i < joined.length()) {
            int next = nextSubfield(joined, i + 3, separator);
            int code = (joined.charAt(i + 1) - '0') * 10 + (joined.charAt(i + 2) - '0');
            subfield(code, i + 3, next);
            i = next;
        }
        return toInformation();
    }

    /** Files one subfield, such as {@code ?20} with code 20, by its code. */
    private void subfield(int code, int from, int to) {
        switch (code) {
            case 0 -> extra.put(POSTING_TEXT, TextRanges.stripped(text, from, to));
            case 10 -> extra.put(PRIMA_NOTA, TextRanges.stripped(text, from, to));
            case 30 -> bank = TextRanges.stripped(text, from, to);
            case 31, 38 -> account = TextRanges.stripped(text, from, to);
            case 32, 33 -> name.add(from, to);
            case 34 -> extra.put(TEXT_KEY_EXTENSION, TextRanges.stripped(text, from, to));
            default -> {
                if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                    purposeLine(from, to);
                } else {
                    extra.merge(SUBFIELD_BASE + code, text.substring(from, to), String::concat);
                }
            }
        }
    }

    private static int nextSubfield(String text, int from, char separator) {
        for (int i = text.indexOf(separator, from); i >= 0 && i + 2 < text.length();
                i = text.indexOf(separator, i + 1)) {
            if (Accounts.isDigit(text.charAt(i + 1))
                    && Accounts.isDigit(text.charAt(i + 2))) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Adds a purpose line. A line that starts with a SEPA keyword such as {@code EREF+} starts a
     * keyed value, and the lines after it continue that value until the next keyword. Lines
     * before the first keyword are the unkeyed purpose.
     */
    private void purposeLine(int from, int to) {
        int key = sepaKey(text, from, to);
        if (key < 0) {
            current.add(from, to);
            return;
        }
        putKeyed();
        currentSlot = SEPA_BASE + key;
        current = keyed.reset(text);
        current.add(from + SEPA_KEYS[key].length() + 1, to);
    }

    /** Stores the keyed value. A keyword that appears twice continues its earlier value. */
    private void putKeyed() {
        if (currentSlot >= 0) {
            extra.merge(currentSlot, keyed.stripped(), String::concat);
        }
    }

    private Information toInformation() {
        putKeyed();
        boolean keyedPurpose = currentSlot >= 0;
        String remittance = extra.get(SVWZ);
        if (remittance == null || (keyedPurpose && unkeyed.length() > 0)) {
            String unkeyedText = unkeyed.stripped();
            remittance = remittance == null ? unkeyedText : remittance;
            if (keyedPurpose && unkeyed.length() > 0) {
                extra.put(PURPOSE_WITHOUT_KEY, unkeyedText);
            }
        }
        String counterpartyName = name.stripped();
        Party party = new Party(counterpartyName.isEmpty() ? null : counterpartyName,
                Accounts.counterparty(account, bank), null, null);
        // Named and keyed values were stripped as they were read. ?NN values were joined as
        // written, so they are stripped here.
        return new Information(text, party,
                remittance.isEmpty() ? List.of() : List.of(remittance),
                TextRanges.blankToNull(extra.get(EREF)), TextRanges.blankToNull(extra.get(MREF)),
                null, null,
                extra.stripValues(SUBFIELD_BASE).toMap());
    }

    /**
     * Returns the index in {@link #SEPA_KEYS} of the keyword that starts {@code text[from, to)},
     * such as EREF, or -1 when none does.
     */
    private static int sepaKey(String text, int from, int to) {
        int plus = from;
        while (plus < to && plus - from < 5 && Accounts.isUpper(text.charAt(plus))) {
            plus++;
        }
        int length = plus - from;
        if (length < 3 || length > 4 || plus >= to || text.charAt(plus) != '+') {
            return -1;
        }
        for (int i = 0; i < SEPA_KEYS.length; i++) {
            String key = SEPA_KEYS[i];
            if (key.length() == length && text.startsWith(key, from)) {
                return i;
            }
        }
        return -1;
    }
}
