package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A number of digits, hyphens and slashes after an invoice keyword is taken whole when it fits
 * {@link InvoicePattern#MAX_NUMBER_LENGTH} and gives no hit when it is longer.
 */
class InvoiceNumberProperties {

    private static final int MAX = InvoicePattern.MAX_NUMBER_LENGTH;

    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    /** Generates numbers of 1 to 60 characters that start and end with a digit. */
    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> inner = Arbitraries.strings().withChars("0123456789-/")
                .ofMinLength(0).ofMaxLength(58)
                .edgeCases(edges -> edges.add("-".repeat(MAX - 2)));
        Arbitrary<Character> digit = Arbitraries.chars().numeric();
        return Combinators.combine(digit, inner, digit).as((first, middle, last) ->
                middle.isEmpty() && first == last ? String.valueOf(first)
                        : first + middle + last);
    }

    @Provide
    Arbitrary<String> keywords() {
        return Arbitraries.of("factura ", "Factura N° ", "facturas ", "fact\u00a0", "inv: ",
                "RE-NR ");
    }

    @Provide
    Arbitrary<String> tails() {
        return Arbitraries.of("", " ", " pago", "-", "/ ", ". ", ", 15/03", "- 2");
    }

    @Property(tries = 1000)
    void keywordNumberWholeOrAbsent(@ForAll("keywords") String keyword,
            @ForAll("numbers") String number, @ForAll("tails") String tail) {
        String text = keyword + number + tail;
        List<ReferenceHit> hits = extractor.extract("remittance", text).stream()
                .filter(hit -> hit.kind() == ReferenceKind.INVOICE_NUMBER)
                .toList();
        List<String> expected = number.length() <= MAX ? List.of(number) : List.of();
        assertEquals(expected, hits.stream().map(ReferenceHit::value).toList(), text);
        for (ReferenceHit hit : hits) {
            ScanInputProperties.assertNumberNotCut(text, hit);
        }
    }
}
