package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.Party;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The slash-tagged :86: layout of Dutch banks (ING, Rabobank, ABN AMRO SEPA): {@code /TAG/value}
 * pairs such as {@code /EREF/}, {@code /CNTP/}, {@code /REMI/}, {@code /ORDP/} and {@code /BENM/}.
 * Values may contain slashes, so only the known tags below split the text. Lines are joined
 * without a separator because banks wrap the text at 65 characters.
 *
 * <p>One instance parses the :86: fields of a file one after the other and reuses its value
 * map. Not thread-safe.
 */
final class DutchInformation {

    private static final List<String> TAGS = List.of(
            "TRTP", "EREF", "PREF", "MARF", "CSID", "CNTP", "REMI", "ORDP", "BENM", "NAME",
            "ADDR", "ISDT", "RTRN", "BUSP", "PURP", "IBAN", "BIC", "ULTC", "ULTD", "ULTB", "SUM",
            "TRCD", "OCMT", "CHGS", "EXCH", "ACCW", "CREF", "IDTP");

    /**
     * The tags above sorted by {@link #code}, so a lookup is a binary search that needs neither
     * a substring nor a hash. A tag's index here is also the slot of its value in
     * {@link ExtraFields}.
     */
    private static final String[] TAGS_BY_CODE = TAGS.stream()
            .sorted(Comparator.comparingInt(tag -> code(tag, 0, tag.length())))
            .toArray(String[]::new);

    /** The codes of {@link #TAGS_BY_CODE}, in ascending order. */
    private static final int[] TAG_CODES = Arrays.stream(TAGS_BY_CODE)
            .mapToInt(tag -> code(tag, 0, tag.length())).toArray();

    private static final int REMI = ExtraFields.slot(TAGS_BY_CODE, "REMI");
    private static final int EREF = ExtraFields.slot(TAGS_BY_CODE, "EREF");
    private static final int MARF = ExtraFields.slot(TAGS_BY_CODE, "MARF");
    private static final int RTRN = ExtraFields.slot(TAGS_BY_CODE, "RTRN");
    private static final int IBAN = ExtraFields.slot(TAGS_BY_CODE, "IBAN");
    private static final int BIC = ExtraFields.slot(TAGS_BY_CODE, "BIC");
    private static final int NAME = ExtraFields.slot(TAGS_BY_CODE, "NAME");
    private static final int ADDR = ExtraFields.slot(TAGS_BY_CODE, "ADDR");
    private static final int CNTP = ExtraFields.slot(TAGS_BY_CODE, "CNTP");

    /** The values of the field being parsed, cleared for each field. */
    private final ExtraFields values = new ExtraFields(TAGS_BY_CODE);

    /** Tells whether the joined text starts with a known tag such as {@code /EREF/}. */
    static boolean matches(String text) {
        return text.startsWith("/") && tagAt(text, 0) >= 0;
    }

    /** Parses the joined text of a field that {@link #matches}. */
    Information parse(String text) {
        values.clear();
        int i = 0;
        int tag = tagAt(text, 0);
        while (tag >= 0) {
            int valueStart = i + TAGS_BY_CODE[tag].length() + 2;
            int next = text.length();
            int nextTag = -1;
            // Looks each tag up once: the tag found here is the tag of the next value.
            for (int slash = text.indexOf('/', valueStart); slash >= 0;
                    slash = text.indexOf('/', slash + 1)) {
                nextTag = tagAt(text, slash);
                if (nextTag >= 0) {
                    next = slash;
                    break;
                }
            }
            String value = stripSlashes(text, valueStart, next);
            values.merge(tag, value, DutchInformation::joinRepeated);
            i = next;
            tag = nextTag;
        }
        return toInformation(text, values);
    }

    /**
     * Returns the slot of the known tag whose opening slash is at {@code slash}, such as
     * {@code /EREF/}, or -1 when no known tag starts there.
     */
    private static int tagAt(String text, int slash) {
        int close = slash + 1;
        while (close < text.length() && close - slash <= 5
                && Accounts.isUpper(text.charAt(close))) {
            close++;
        }
        int length = close - slash - 1;
        if (close >= text.length() || text.charAt(close) != '/' || length < 2 || length > 4) {
            return -1;
        }
        int index = Arrays.binarySearch(TAG_CODES, code(text, slash + 1, close));
        return index >= 0 ? index : -1;
    }

    /** Packs two to four capital letters into 20 bits, five bits per letter. */
    private static int code(String text, int from, int to) {
        int code = 0;
        for (int i = from; i < to; i++) {
            code = (code << 5) | (text.charAt(i) - 'A' + 1);
        }
        return code;
    }

    private static String stripSlashes(String value) {
        return stripSlashes(value, 0, value.length());
    }

    /** Returns {@code text[from, to)} without trailing slashes and surrounding white space. */
    private static String stripSlashes(String text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == '/') {
            end--;
        }
        return TextRanges.stripped(text, from, end);
    }

    private static Information toInformation(String text, ExtraFields values) {
        String remittance = Objects.requireNonNullElse(values.get(REMI), "");
        CreditorReference creditorReference = null;
        if (remittance.startsWith("USTD//")) {
            remittance = stripSlashes(remittance.substring(6));
        } else if (remittance.startsWith("STRD/")) {
            creditorReference = structured(remittance.substring(5));
            remittance = "";
        }
        return new Information(text, party(values),
                remittance.isEmpty() ? List.of() : List.of(remittance),
                TextRanges.blankToNull(values.get(EREF)),
                TextRanges.blankToNull(values.get(MARF)), creditorReference,
                TextRanges.blankToNull(values.get(RTRN)), values.toMap());
    }

    /** Reads {@code CUR/1234} or {@code ISO/RF18...} into a reference with its issuer type. */
    private static CreditorReference structured(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return new CreditorReference(value, null);
        }
        String issuer = value.substring(0, slash);
        String reference = stripSlashes(value.substring(slash + 1));
        return new CreditorReference(reference, "ISO".equals(issuer) ? "SCOR" : issuer);
    }

    /**
     * Builds the counterparty from {@code /CNTP/account/BIC/name/city/} (ING) or from
     * {@code /IBAN/}, {@code /BIC/}, {@code /NAME/} and {@code /ADDR/} (Rabobank).
     */
    private static Party party(ExtraFields values) {
        String account = values.get(IBAN);
        String bic = values.get(BIC);
        String name = values.get(NAME);
        String address = values.get(ADDR);
        String counterparty = values.get(CNTP);
        if (counterparty != null) {
            String[] parts = counterparty.split("/", -1);
            account = part(parts, 0);
            bic = part(parts, 1);
            name = part(parts, 2);
            address = part(parts, 3);
        }
        AccountIdentifier identifier = Accounts.counterparty(account, bic);
        if (identifier == null && name == null && address == null) {
            return Party.UNKNOWN;
        }
        return new Party(TextRanges.blankToNull(name), identifier, null,
                TextRanges.blankToNull(address));
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? TextRanges.blankToNull(parts[index].strip()) : null;
    }

    /** Joins the values of a tag that appears twice with a space, leaving out empty ones. */
    private static String joinRepeated(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " " + second;
    }
}
