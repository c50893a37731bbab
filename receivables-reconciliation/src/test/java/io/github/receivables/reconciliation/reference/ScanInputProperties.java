package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text within the reader limits, however it mixes digit groups, spaces, keywords and
 * separators, is scanned without an error and yields hits inside the text. No invoice number is
 * cut from a longer run of digits, hyphens and slashes.
 */
class ScanInputProperties {

    private static final int MAX_TEXT = 100_000;

    private static final List<String> PIECES = List.of("1", "12345", "1234 ", "0 ", " ", "  ",
            "factura ", "Factura N° ", "inv ", "RUT ", "R.U.T. ", "RF18 ", "ESR ", "RC1 ", "F33-",
            "21 00000 00003 13947 14300 09017 ", ".", "-", "/", ":", "#", ",", "\n", "x",
            "facturas ", "fact\u00a0", "\u00a0");

    /** Text that would continue a number: a digit, or hyphens or slashes and then a digit. */
    private static final Pattern NUMBER_CONTINUES = Pattern.compile("[/-]*+[0-9]");

    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    /** Generates a piece repeated up to 5,000 times, so long runs of one kind are common. */
    private static Arbitrary<String> runs() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 5_000)
                .edgeCases(edges -> edges.includeOnly(1, 5_000));
        return Combinators.combine(piece, count).as(String::repeat);
    }

    @Provide
    Arbitrary<String> texts() {
        return runs().list().ofMinSize(1).ofMaxSize(40).map(parts -> {
            String text = String.join("", parts);
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        });
    }

    @Property(tries = 200)
    void extractReturnsWholeHitsInsideText(@ForAll("texts") String text) {
        List<ReferenceHit> hits = extractor.extract("remittance", text);
        for (ReferenceHit hit : hits) {
            assertTrue(hit.end() <= text.length(), hit::toString);
            if (hit.kind() == ReferenceKind.INVOICE_NUMBER) {
                assertNumberNotCut(text, hit);
            }
        }
    }

    /** Checks that the hit ends with its number and that no longer number continues it. */
    static void assertNumberNotCut(String text, ReferenceHit hit) {
        int numberStart = hit.end() - hit.value().length();
        assertTrue(text.startsWith(hit.value(), numberStart), hit::toString);
        String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 60));
        assertFalse(NUMBER_CONTINUES.matcher(text).region(hit.end(), text.length()).lookingAt(),
                () -> hit + " is cut from a longer number; text after it: " + after);
    }
}
