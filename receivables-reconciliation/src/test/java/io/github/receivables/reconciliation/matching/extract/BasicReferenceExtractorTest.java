package io.github.receivables.reconciliation.matching.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.ExtractedReference;
import io.github.receivables.reconciliation.matching.ExtractedReference.Kind;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicReferenceExtractorTest {

    private static List<ExtractedReference> extract(String text, CreditorReference reference) {
        BankLine line = new BankLine("l", "e", Money.of("10.00", "CHF"), null, null, null, false,
                EntryStatus.BOOKED, Party.UNKNOWN, text, reference, null, null, null);
        return BasicReferenceExtractor.INSTANCE.extract(line);
    }

    private static boolean has(List<ExtractedReference> found, Kind kind, String key) {
        return found.contains(new ExtractedReference(kind, key));
    }

    @Test
    void rfInTextGroupedIsValidated() {
        assertTrue(has(extract("Zahlung RF18 5390 0754 7034 danke", null), Kind.RF,
                "RF18539007547034"));
    }

    @Test
    void rfWithWrongCheckDigitsIsOnlyToken() {
        List<ExtractedReference> found = extract("RF19539007547034", null);
        assertFalse(found.stream().anyMatch(r -> r.kind() == Kind.RF));
        assertTrue(has(found, Kind.TOKEN, "RF19539007547034"));
    }

    @Test
    void qrReferenceInTextIsValidated() {
        assertTrue(has(extract("21 00000 00003 13947 14300 09017", null), Kind.QR,
                "210000000003139471430009017"));
    }

    @Test
    void structuredQrrKeepsKindFromType() {
        assertTrue(has(extract("", new CreditorReference("539115429773825311971477453", "QRR")),
                Kind.QR, "539115429773825311971477453"));
    }

    @Test
    void rutWithValidCheckDigitIsTaxId() {
        List<ExtractedReference> found = extract("pago RUT 76.086.428-5 gracias", null);
        assertTrue(has(found, Kind.TAX_ID, "760864285"));
        assertFalse(found.stream().anyMatch(r -> r.key().equals("76086428")));
    }

    @Test
    void rutWithWrongCheckDigitIsIgnored() {
        assertFalse(extract("RUT 76.086.428-4", null).stream()
                .anyMatch(r -> r.kind() == Kind.TAX_ID));
    }

    @Test
    void numbersAfterKeywordAreInvoiceNumbers() {
        List<ExtractedReference> found = extract("Facturas 1001, 1002 y 1003", null);
        assertTrue(has(found, Kind.INVOICE_NUMBER, "1001"));
        assertTrue(has(found, Kind.INVOICE_NUMBER, "1002"));
        assertTrue(has(found, Kind.INVOICE_NUMBER, "1003"));
    }

    @Test
    void prefixedNumberYieldsDigits() {
        List<ExtractedReference> found = extract("N°004711 y FACT12345", null);
        assertTrue(has(found, Kind.INVOICE_NUMBER, "4711"));
        assertTrue(has(found, Kind.INVOICE_NUMBER, "12345"));
    }

    @Test
    void datesAndAmountsAreSkipped() {
        List<ExtractedReference> found = extract("pagado 2025-06-30 monto 1.234.567,50", null);
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void bareWordWithDigitsIsToken() {
        assertEquals(List.of(new ExtractedReference(Kind.TOKEN, "ABC123")),
                extract("pago abc-123", null).stream()
                        .filter(r -> r.key().equals("ABC123")).toList());
    }
}
