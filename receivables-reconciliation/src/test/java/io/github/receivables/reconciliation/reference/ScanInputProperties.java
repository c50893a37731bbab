package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text within the reader limits, however it mixes digit groups, spaces, keywords and
 * separators, is scanned without an error and yields hits inside the text.
 */
class ScanInputProperties {

    private static final int MAX_TEXT = 100_000;

    private static final List<String> PIECES = List.of("1", "12345", "1234 ", "0 ", " ", "  ",
            "factura ", "Factura N° ", "inv ", "RUT ", "R.U.T. ", "RF18 ", "ESR ", "RC1 ", "F33-",
            "21 00000 00003 13947 14300 09017 ", ".", "-", "/", ":", "#", ",", "\n", "x");

    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    /** A piece repeated up to 5,000 times, so long runs of one kind are common. */
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
    void extractReturnsHitsInsideText(@ForAll("texts") String text) {
        List<ReferenceHit> hits = extractor.extract("remittance", text);
        for (ReferenceHit hit : hits) {
            assertTrue(hit.end() <= text.length(), hit::toString);
        }
    }
}
