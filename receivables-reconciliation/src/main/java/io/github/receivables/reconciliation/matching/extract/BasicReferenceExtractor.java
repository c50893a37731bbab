package io.github.receivables.reconciliation.matching.extract;

import io.github.receivables.core.party.InvalidTaxIdException;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.ExtractedReference;
import io.github.receivables.reconciliation.matching.ExtractedReference.Kind;
import io.github.receivables.reconciliation.matching.ReferenceExtractor;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import io.github.receivables.reconciliation.statement.CreditorReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in {@link ReferenceExtractor}: the structured creditor reference, ISO 11649 RF
 * references (modulo 97), Swiss QR references (27 digits, modulo 10 recursive), numbers after an
 * invoice keyword, other words with digits, and Chilean RUTs with a valid check digit.
 * Stateless and thread-safe.
 *
 * <p>Words that look like dates or amounts with thousands separators are skipped. At most
 * {@value #MAX_REFERENCES} references are returned per line.
 */
public final class BasicReferenceExtractor implements ReferenceExtractor {

    /** The shared instance. */
    public static final BasicReferenceExtractor INSTANCE = new BasicReferenceExtractor();

    /** The most references returned for one line. */
    public static final int MAX_REFERENCES = 32;

    private static final Set<String> KEYWORDS = Set.of("FACTURA", "FACTURAS", "FACT", "FAC",
            "FCT", "FOLIO", "FOLIOS", "INVOICE", "INVOICES", "INV", "BOLETA", "BOLETAS", "DOC",
            "DOCUMENTO", "DOCUMENTOS", "NRO", "NUM", "NO", "N", "REF", "REFERENCIA", "RECHNUNG",
            "RG", "FACTURE", "FT", "F");
    private static final Set<String> CONNECTORS = Set.of("Y", "E", "AND", "UND", "ET", "NOS");
    private static final Pattern RUT = Pattern.compile(
            "(?<![0-9.])(\\d{1,2}\\.\\d{3}\\.\\d{3}|\\d{7,8})-([0-9K])(?![0-9A-Z])");
    private static final Pattern DATE_OR_AMOUNT = Pattern.compile(
            "\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,3}([.,]\\d{3})+([.,]\\d{1,2})?|\\d+[.,]\\d{1,2}");
    private static final Pattern WORD_SEPARATORS = Pattern.compile(
            "[\\s,;:()\\[\\]{}\"'#*+=!?&]+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]+");

    private BasicReferenceExtractor() {}

    @Override
    public List<ExtractedReference> extract(BankLine line) {
        Map<String, Kind> found = new LinkedHashMap<>();
        if (line.creditorReference() != null) {
            addStructured(found, line.creditorReference());
        }
        String text = line.remittance().toUpperCase(Locale.ROOT);
        if (!text.isBlank()) {
            findRf(found, text);
            findQr(found, text);
            findRuts(found, text);
            findWords(found, text);
        }
        List<ExtractedReference> references = new ArrayList<>(found.size());
        found.forEach((key, kind) -> references.add(new ExtractedReference(kind, key)));
        references.sort(Comparator.comparing(ExtractedReference::kind));
        return references.size() > MAX_REFERENCES
                ? List.copyOf(references.subList(0, MAX_REFERENCES)) : references;
    }

    private static void addStructured(Map<String, Kind> found, CreditorReference reference) {
        String compact = ReferenceKeys.account(reference.value());
        String type = reference.type() == null ? "" : reference.type().toUpperCase(Locale.ROOT);
        Kind kind;
        if (Checksums.isValidRf(compact)) {
            kind = Kind.RF;
        } else if (type.contains("QRR")
                || compact.length() == 27 && Checksums.isValidMod10Recursive(compact)) {
            kind = Kind.QR;
        } else if (type.contains("ISR") || type.contains("ESR")) {
            kind = Kind.ESR;
        } else {
            kind = Kind.CREDITOR_REFERENCE;
        }
        put(found, ReferenceKeys.normalize(compact), kind);
    }

    private static void findRf(Map<String, Kind> found, String text) {
        for (int at = text.indexOf("RF"); at >= 0; at = text.indexOf("RF", at + 2)) {
            String candidate = collect(text, at, 25, true);
            for (int length = candidate.length(); length >= 5; length--) {
                if (Checksums.isValidRf(candidate.substring(0, length))) {
                    put(found, candidate.substring(0, length), Kind.RF);
                    break;
                }
            }
        }
    }

    private static void findQr(Map<String, Kind> found, String text) {
        int i = 0;
        while (i < text.length()) {
            if (isDigit(text.charAt(i)) && (i == 0 || !isAlnum(text.charAt(i - 1)))) {
                String digits = collect(text, i, 27, false);
                if (digits.length() == 27 && Checksums.isValidMod10Recursive(digits)) {
                    put(found, ReferenceKeys.normalize(digits), Kind.QR);
                }
                i += Math.max(1, digits.length());
            } else {
                i++;
            }
        }
    }

    /** Collects letters (when allowed) and digits from a position, skipping single spaces. */
    private static String collect(String text, int from, int max, boolean letters) {
        StringBuilder out = new StringBuilder(max);
        for (int i = from; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (isDigit(c) || letters && c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if (c != ' ' || i + 1 >= text.length() || text.charAt(i + 1) == ' ') {
                break;
            }
        }
        return out.toString();
    }

    private static void findRuts(Map<String, Kind> found, String text) {
        Matcher matcher = RUT.matcher(text);
        while (matcher.find()) {
            try {
                Rut rut = Rut.parse(matcher.group());
                put(found, rut.compact(), Kind.TAX_ID);
            } catch (InvalidTaxIdException e) {
                // A number shaped like a RUT with a wrong check digit is no RUT; skip it.
            }
        }
    }

    private static void findWords(Map<String, Kind> found, String text) {
        boolean afterKeyword = false;
        for (String word : WORD_SEPARATORS.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            String key = ReferenceKeys.normalize(word);
            if (!hasDigit(key)) {
                afterKeyword = KEYWORDS.contains(key) || afterKeyword && CONNECTORS.contains(key)
                        || afterKeyword && key.isEmpty();
                continue;
            }
            if (RUT.matcher(word).matches() || DATE_OR_AMOUNT.matcher(word).matches()) {
                afterKeyword = false;
                continue;
            }
            addWord(found, word, key, afterKeyword);
        }
    }

    private static void addWord(Map<String, Kind> found, String word, String key,
            boolean afterKeyword) {
        String prefix = letterPrefix(key);
        boolean keywordPrefix = !prefix.isEmpty() && KEYWORDS.contains(prefix);
        Kind kind = afterKeyword || keywordPrefix ? Kind.INVOICE_NUMBER : Kind.TOKEN;
        if (key.length() >= 3 && key.length() <= 35) {
            put(found, key, kind);
        }
        if (!prefix.isEmpty() && prefix.length() < key.length()) {
            addPart(found, key.substring(prefix.length()), kind);
        }
        for (String part : NON_ALPHANUMERIC.split(word)) {
            if (!part.isEmpty() && part.length() < word.length()) {
                addPart(found, ReferenceKeys.normalize(part), kind);
            }
        }
    }

    private static void addPart(Map<String, Kind> found, String key, Kind kind) {
        if (key.length() >= 3 && key.length() <= 35 && hasDigit(key)) {
            put(found, key, kind);
        }
    }

    private static String letterPrefix(String key) {
        int end = 0;
        while (end < key.length() && !isDigit(key.charAt(end))) {
            end++;
        }
        return key.substring(0, end);
    }

    private static void put(Map<String, Kind> found, String key, Kind kind) {
        if (key.isEmpty() || found.size() >= MAX_REFERENCES * 2) {
            return;
        }
        found.merge(key, kind, (old, added) -> old.compareTo(added) <= 0 ? old : added);
    }

    private static boolean hasDigit(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (isDigit(key.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || c >= 'A' && c <= 'Z';
    }
}
