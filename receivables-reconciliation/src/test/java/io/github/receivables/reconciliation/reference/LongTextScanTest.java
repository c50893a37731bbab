package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long remittance texts that once made the scan recurse once per digit group or backtrack over
 * every space after a keyword. Each case asserts on the hits of a large input, not on time.
 */
class LongTextScanTest {

    private static final String QR = "210000000003139471430009017";

    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    private List<ReferenceHit> hits(String text, ReferenceKind kind) {
        return extractor.extract("remittance", text).stream()
                .filter(hit -> hit.kind() == kind)
                .toList();
    }

    @Test
    void digitGroupsTwoThousandSingleDigits() {
        assertTrue(extractor.extract("remittance", "1 ".repeat(2000)).isEmpty());
    }

    @Test
    void digitGroupsAfterEsrKeyword() {
        String text = "ESR " + "12345 ".repeat(2667);
        assertTrue(hits(text, ReferenceKind.ESR_REFERENCE).isEmpty());
    }

    @Test
    void digitGroupsAfterRfPrefix() {
        String text = "RF18 " + "1234 ".repeat(3200);
        assertTrue(hits(text, ReferenceKind.RF_CREDITOR_REFERENCE).isEmpty());
    }

    @Test
    void qrReferenceAfterLongDigitRun() {
        String text = "1 ".repeat(50_000) + QR + " gracias";
        List<ReferenceHit> found = hits(text, ReferenceKind.QR_REFERENCE);
        assertEquals(1, found.size());
        assertEquals(QR, found.get(0).value());
        assertEquals(100_000, found.get(0).start());
    }

    @Test
    void invoiceKeywordBeforeLongSpaceRun() {
        String text = "factura " + " ".repeat(200_000) + "x factura 777";
        List<ReferenceHit> found = hits(text, ReferenceKind.INVOICE_NUMBER);
        assertEquals(1, found.size());
        assertEquals("777", found.get(0).value());
    }

    @Test
    void invoiceShortKeywordBeforeLongSpaceRun() {
        String text = "inv " + " ".repeat(200_000) + "12345";
        assertTrue(hits(text, ReferenceKind.INVOICE_NUMBER).isEmpty());
    }

    @Test
    void rutKeywordBeforeLongSpaceRun() {
        String text = "RUT " + " ".repeat(200_000) + "x RUT 12345678-5";
        List<ReferenceHit> found = hits(text, ReferenceKind.CHILEAN_RUT);
        assertEquals(1, found.size());
        assertEquals("12345678-5", found.get(0).value());
    }

    @Test
    void invoiceGapUpToLimitFound() {
        String gap = " ".repeat(InvoicePattern.MAX_GAP);
        List<ReferenceHit> found = hits("factura" + gap + "N°" + gap + ":" + gap + "4521",
                ReferenceKind.INVOICE_NUMBER);
        assertEquals(1, found.size());
        assertEquals("4521", found.get(0).value());
    }

    @Test
    void invoiceGapOverLimitIgnored() {
        String gap = " ".repeat(InvoicePattern.MAX_GAP + 1);
        assertTrue(hits("factura" + gap + "4521", ReferenceKind.INVOICE_NUMBER).isEmpty());
    }

    @Test
    void rutGapOverLimitIgnored() {
        String gap = " ".repeat(InvoicePattern.MAX_GAP);
        assertEquals(1, hits("RUT" + gap + ":" + gap + "12345678-5", ReferenceKind.CHILEAN_RUT)
                .size());
        assertTrue(hits("RUT " + gap + "12345678-5", ReferenceKind.CHILEAN_RUT).isEmpty());
    }

    @Test
    void invoiceNumberOverLimitIgnored() {
        String number = "1".repeat(InvoicePattern.MAX_NUMBER_LENGTH);
        List<ReferenceHit> found = hits("factura " + number, ReferenceKind.INVOICE_NUMBER);
        assertEquals(number, found.get(0).value());
        assertTrue(hits("factura " + number + "2", ReferenceKind.INVOICE_NUMBER).isEmpty());
    }

    @Test
    void rfLongWordAfterPrefixIgnored() {
        String text = "RF18 " + "A".repeat(200_000) + " RF18 5390 0754 7034";
        List<ReferenceHit> found = hits(text, ReferenceKind.RF_CREDITOR_REFERENCE);
        assertEquals(1, found.size());
        assertEquals("RF18539007547034", found.get(0).value());
    }
}
