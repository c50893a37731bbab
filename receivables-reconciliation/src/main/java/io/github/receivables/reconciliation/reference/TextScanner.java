package io.github.receivables.reconciliation.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scanners for references with check digits; each adds only validated hits. Digit and
 * letter groups are walked by hand and the expressions use only bounded or possessive
 * repetition, so a scan takes time linear in the text and constant stack depth.
 */
final class TextScanner {

    private static final String RUT_GAP = InvoicePattern.GAP;

    private static final Pattern RF_START = Pattern.compile("(?i)(?<![0-9A-Z])RF([0-9]{2})");
    private static final Pattern ESR_KEYWORD =
            Pattern.compile("(?i)(?<![A-Z])(?:ESR|BESR|ISR|BVR)(?![A-Z])");
    private static final Pattern DOTTED_RUT = Pattern.compile(
            "(?<![0-9.])([0-9]{1,2}\\.[0-9]{3}\\.[0-9]{3})-([0-9Kk])(?![0-9A-Za-z])");
    private static final Pattern KEYWORD_RUT = Pattern.compile(
            "(?i)(?<![A-Z])R\\.?U\\.?[TN]\\.?(?![A-Z])(?:" + RUT_GAP + "N[°ºo]\\.?)?(?:" + RUT_GAP
                    + "[:#])?+" + RUT_GAP
                    + "([0-9]{1,2}\\.?[0-9]{3}\\.?[0-9]{3})-?([0-9K])(?![0-9A-Z])");

    private TextScanner() {}

    private record Token(int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** Adds RF references; a grouped payload is cut after the longest group that validates. */
    static void rfReferences(String field, String text, Set<ReferenceHit> hits) {
        Matcher matcher = RF_START.matcher(text);
        while (matcher.find()) {
            List<Token> tokens = alphanumericGroups(text, matcher.end(), 21);
            StringBuilder payload = new StringBuilder();
            List<String> candidates = new ArrayList<>();
            for (Token token : tokens) {
                payload.append(text, token.start(), token.end());
                candidates.add(payload.toString());
            }
            for (int k = candidates.size() - 1; k >= 0; k--) {
                String reference = ("RF" + matcher.group(1) + candidates.get(k))
                        .toUpperCase(Locale.ROOT);
                if (RfCreditorReference.isValid(reference)) {
                    hits.add(new ReferenceHit(ReferenceKind.RF_CREDITOR_REFERENCE, reference,
                            null, field, matcher.start(), tokens.get(k).end()));
                    break;
                }
            }
        }
    }

    /**
     * Collects the payload groups after {@code RFnn}: either one compact run of letters and
     * digits, or the printed form's groups of four separated by single spaces or no-break
     * spaces, where only the last group may be shorter. A longer word after a space therefore
     * ends the reference.
     */
    private static List<Token> alphanumericGroups(String text, int from, int maxCharacters) {
        List<Token> tokens = new ArrayList<>();
        int position = from;
        int total = 0;
        while (true) {
            int start = position;
            boolean spaced = start < text.length() && isGroupSpace(text.charAt(start));
            if (spaced) {
                start++;
            }
            int limit = Math.min(text.length(), start + maxCharacters - total + 1);
            int end = start;
            while (end < limit && isAlphanumeric(text.charAt(end))) {
                end++;
            }
            int length = end - start;
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean groupOk = !spaced || length <= 4 && (last == null || last.length() == 4);
            if (length == 0 || !groupOk || total + length > maxCharacters) {
                return tokens;
            }
            total += length;
            tokens.add(new Token(start, end));
            position = end;
        }
    }

    /** Tells whether c separates printed groups: a space or a no-break space (U+00A0). */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == ' ';
    }

    private static boolean isAlphanumeric(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * Adds 27-digit QR or ESR references and, with ESR context, 16-digit ESR references. A run
     * is a maximal sequence of digit groups joined by single spaces or no-break spaces. Runs are
     * found by walking the text once, and each hit covers at most 27 digits of consecutive
     * groups.
     */
    static void swissReferences(String field, String text, boolean esrDeclared,
            Set<ReferenceKind> kinds, Set<ReferenceHit> hits) {
        int position = 0;
        while (position < text.length()) {
            if (!isDigit(text.charAt(position))) {
                position++;
                continue;
            }
            List<Token> groups = digitGroups(text, position);
            int i = 0;
            while (i < groups.size()) {
                int next = swissAt(field, text, groups, i, esrDeclared, kinds, hits);
                i = next > i ? next : i + 1;
            }
            position = groups.get(groups.size() - 1).end();
        }
    }

    /** Collects the digit groups of the run that starts at {@code from}, a digit. */
    private static List<Token> digitGroups(String text, int from) {
        List<Token> groups = new ArrayList<>();
        int start = from;
        while (true) {
            int end = start;
            while (end < text.length() && isDigit(text.charAt(end))) {
                end++;
            }
            groups.add(new Token(start, end));
            boolean joined = end + 1 < text.length() && isGroupSpace(text.charAt(end))
                    && isDigit(text.charAt(end + 1));
            if (!joined) {
                return groups;
            }
            start = end + 1;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Tries a reference starting at group i; returns the group after a hit, or i. */
    private static int swissAt(String field, String text, List<Token> groups, int i,
            boolean esrDeclared, Set<ReferenceKind> kinds, Set<ReferenceHit> hits) {
        StringBuilder digits = new StringBuilder();
        for (int j = i; j < groups.size(); j++) {
            Token group = groups.get(j);
            if (digits.length() + group.length() > 27) {
                break;
            }
            digits.append(text, group.start(), group.end());
            int length = digits.length();
            // The check digit is cheaper than the keyword search, so it is tested first.
            if (length != 27 && length != 16 || !SwissReference.isValidEsr(digits.toString())) {
                continue;
            }
            int start = groups.get(i).start();
            boolean esr = esrDeclared || esrKeywordBefore(text, start);
            ReferenceKind kind = length == 27 && !esr
                    ? ReferenceKind.QR_REFERENCE
                    : length == 27 || esr ? ReferenceKind.ESR_REFERENCE : null;
            if (kind == null || !kinds.contains(kind)) {
                continue;
            }
            hits.add(new ReferenceHit(kind, digits.toString(), null, field, start,
                    groups.get(j).end()));
            return j + 1;
        }
        return i;
    }

    private static boolean esrKeywordBefore(String text, int start) {
        int from = Math.max(0, start - ReferenceExtractor.ESR_KEYWORD_REACH);
        return ESR_KEYWORD.matcher(text.substring(from, start)).find();
    }

    /** Adds RUTs: dotted ones anywhere, other forms only right after a RUT keyword. */
    static void ruts(String field, String text, Set<ReferenceHit> hits) {
        addRuts(DOTTED_RUT.matcher(text), field, hits);
        addRuts(KEYWORD_RUT.matcher(text), field, hits);
    }

    private static void addRuts(Matcher matcher, String field, Set<ReferenceHit> hits) {
        while (matcher.find()) {
            String body = matcher.group(1).replace(".", "");
            char check = Character.toUpperCase(matcher.group(2).charAt(0));
            if (RutCheckDigit.isValid(body, check)) {
                hits.add(new ReferenceHit(ReferenceKind.CHILEAN_RUT, body + "-" + check, null,
                        field, matcher.start(1), matcher.end(2)));
            }
        }
    }
}
