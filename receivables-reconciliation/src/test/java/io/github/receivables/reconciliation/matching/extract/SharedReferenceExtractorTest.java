package io.github.receivables.reconciliation.matching.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.ExtractedReference;
import io.github.receivables.reconciliation.matching.ExtractedReference.Kind;
import io.github.receivables.reconciliation.matching.ReferenceExtractor;
import io.github.receivables.reconciliation.matching.index.ReferenceKeys;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedReferenceExtractorTest {

    private static List<ExtractedReference> extract(String text, CreditorReference reference) {
        BankLine line = new BankLine("l", "e", Money.of("10.00", "CHF"), null, null, null, false,
                EntryStatus.BOOKED, Party.UNKNOWN, text, reference, null, null, null);
        return SharedReferenceExtractor.STANDARD.extract(line);
    }

    private static boolean has(List<ExtractedReference> found, Kind kind, String key) {
        return found.contains(new ExtractedReference(kind, key));
    }

    @Test
    void standardIsEngineDefault() {
        assertSame(SharedReferenceExtractor.STANDARD, ReferenceExtractor.standard());
    }

    @Test
    void structuredPaymentReferenceIsCreditorReference() {
        PaymentReference reference = PaymentReference.forDocument(DocumentId.of("INV-1001"));

        List<ExtractedReference> found = extract("pago " + reference.grouped() + " gracias",
                null);

        assertTrue(has(found, Kind.CREDITOR_REFERENCE,
                ReferenceKeys.normalize(reference.value())), found.toString());
    }

    @Test
    void rfInTextIsRf() {
        assertTrue(has(extract("Zahlung RF18 5390 0754 7034 danke", null), Kind.RF,
                "RF18539007547034"));
    }

    @Test
    void qrInCreditorReferenceIsQr() {
        assertTrue(has(extract("", new CreditorReference("539115429773825311971477453", "QRR")),
                Kind.QR, "539115429773825311971477453"));
    }

    @Test
    void rutIsCompactTaxId() {
        assertTrue(has(extract("pago RUT 76.086.428-5 gracias", null), Kind.TAX_ID,
                "760864285"));
    }

    @Test
    void otherWordsWithDigitsStayTokens() {
        assertTrue(has(extract("SVWZ+TO13 TF20018 MINT", null), Kind.TOKEN, "TF20018"));
    }

    @Test
    void strongerKindWinsForSameKey() {
        List<ExtractedReference> found = extract("factura 4711", null);

        assertEquals(1, found.stream().filter(r -> r.key().equals("4711")).count());
        assertTrue(has(found, Kind.INVOICE_NUMBER, "4711"), found.toString());
    }

    @Test
    void blankLineHasNoReferences() {
        assertTrue(extract("", null).isEmpty());
    }
}
