package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invoice numbers near {@link InvoicePattern#MAX_NUMBER_LENGTH}: a number with separators is
 * taken whole or not at all, and a trailing separator is punctuation, not part of the number.
 */
class InvoiceNumberBoundTest {

    private static final int MAX = InvoicePattern.MAX_NUMBER_LENGTH;

    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    private List<String> numbers(String text) {
        return extractor.extract("remittance", text).stream()
                .filter(hit -> hit.kind() == ReferenceKind.INVOICE_NUMBER)
                .map(ReferenceHit::value)
                .toList();
    }

    @Test
    void invoiceWithThousandsDotNotTakenInPart() {
        assertEquals(List.of(), numbers("Factura N\u00b0 1.042"));
    }

    @Test
    void invoiceBeforeSentenceDotTaken() {
        assertEquals(List.of("1042"), numbers("pago factura 1042. Gracias"));
    }

    @Test
    void siiFolioWithThousandsDotIgnored() {
        List<ReferenceHit> hits = extractor.extract("remittance", "F33 1.042");
        assertEquals(List.of(), hits.stream()
                .filter(hit -> hit.kind() == ReferenceKind.INVOICE_NUMBER).toList());
    }

    @Test
    void invoiceHyphenBeforeLongDigitRunIgnored() {
        assertEquals(List.of(), numbers("factura 1-" + "2".repeat(45)));
    }

    @Test
    void invoiceYearBeforeLongDigitRunIgnored() {
        assertEquals(List.of(), numbers("factura 2024-" + "0".repeat(40) + "1042"));
    }

    @Test
    void invoiceSlashBeforeLongDigitRunIgnored() {
        assertEquals(List.of(), numbers("factura 2024/" + "0".repeat(40) + " pago"));
    }

    @Test
    void invoiceRepeatedHyphenGroupsIgnored() {
        assertEquals(List.of(), numbers("fact " + "1-".repeat(30_000) + "1"));
    }

    @Test
    void invoiceLongSeparatorRunIgnored() {
        assertEquals(List.of(), numbers("factura 1" + "-".repeat(MAX) + "2"));
    }

    @Test
    void invoiceHyphenNumberAtBoundFound() {
        String number = "2024-" + "0".repeat(MAX - 5);
        assertEquals(List.of(number), numbers("factura " + number + " pago"));
    }

    @Test
    void invoiceSlashNumberAtBoundFound() {
        String number = "0".repeat(MAX - 5) + "/2024";
        assertEquals(List.of(number), numbers("factura " + number));
    }

    @Test
    void invoiceHyphenNumberOverBoundIgnored() {
        String number = "2024-" + "0".repeat(MAX - 4);
        assertEquals(List.of(), numbers("factura " + number + " pago"));
    }

    @Test
    void invoiceSlashNumberOverBoundIgnored() {
        String number = "0".repeat(MAX - 4) + "/2024";
        assertEquals(List.of(), numbers("factura " + number));
    }

    @Test
    void invoiceHyphenAtBoundThenDigitIgnored() {
        String prefix = "1".repeat(MAX - 1);
        assertEquals(List.of(), numbers("factura " + prefix + "-2"));
        assertEquals(List.of(), numbers("factura " + prefix + "/2"));
    }

    @Test
    void invoiceSeparatorAfterBoundThenDigitIgnored() {
        String number = "1".repeat(MAX);
        assertEquals(List.of(), numbers("factura " + number + "-2"));
        assertEquals(List.of(), numbers("factura " + number + "/2"));
    }

    @Test
    void invoiceTrailingSeparatorAtBoundKept() {
        String number = "1".repeat(MAX);
        assertEquals(List.of(number), numbers("factura " + number + "- pago"));
        assertEquals(List.of(number), numbers("factura " + number + "/"));
    }

    @Test
    void invoiceTrailingHyphenIsPunctuation() {
        assertEquals(List.of("1042"), numbers("factura 1042- pago"));
        assertEquals(List.of("1042"), numbers("factura 1042 - 15/03"));
    }

    @Test
    void siiFolioBeforeHyphenDigitsIgnored() {
        assertEquals(List.of(), numbers("F33-12345-6"));
        assertEquals(List.of("12345"), numbers("F33-12345- pago"));
    }

    @Test
    void invoiceNoBreakSpaceAfterKeyword() {
        assertEquals(List.of("1042"), numbers("factura\u00a01042"));
        assertEquals(List.of("1042"), numbers("Factura\u00a0N°\u00a01042"));
        assertEquals(List.of("1042"), numbers("factura :\u00a01042"));
    }

    @Test
    void invoiceNoBreakSpaceGapOverLimitIgnored() {
        String gap = "\u00a0".repeat(InvoicePattern.MAX_GAP + 1);
        assertEquals(List.of(), numbers("factura" + gap + "1042"));
    }

    @Test
    void rutNoBreakSpaceAfterKeyword() {
        List<String> ruts = extractor.extract("remittance", "RUT\u00a0123456785").stream()
                .filter(hit -> hit.kind() == ReferenceKind.CHILEAN_RUT)
                .map(ReferenceHit::value)
                .toList();
        assertEquals(List.of("12345678-5"), ruts);
    }

    @Test
    void invoicePluralKeywordTakesFirstNumber() {
        assertEquals(List.of("123"), numbers("pago facturas 123 y 124"));
        assertEquals(List.of("1042"), numbers("FACTURAS N° 1042, 1043"));
        assertEquals(List.of("77"), numbers("invoices 77 and 78"));
    }

    @Test
    void invoicePluralInsideWordIgnored() {
        assertTrue(numbers("refacturas 123").isEmpty());
    }
}
