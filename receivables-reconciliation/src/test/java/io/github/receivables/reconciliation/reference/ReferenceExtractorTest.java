package io.github.receivables.reconciliation.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.reference.InvalidPaymentReferenceException;
import io.github.receivables.core.reference.PaymentReference;
import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceExtractorTest {

    private final ReferenceExtractor extractor = ReferenceExtractor.standard();

    private List<ReferenceHit> hits(String text, ReferenceKind kind) {
        return extractor.extract("text", text).stream().filter(h -> h.kind() == kind).toList();
    }

    @Test
    void invoiceKeywordInSpanish() {
        List<ReferenceHit> hits = hits("Pago factura 12345 gracias", ReferenceKind.INVOICE_NUMBER);
        assertEquals(1, hits.size());
        assertEquals("12345", hits.get(0).value());
        assertEquals(5, hits.get(0).start());
        assertEquals(18, hits.get(0).end());
    }

    @Test
    void invoiceAbbreviatedUpperCase() {
        assertEquals("12345", hits("FACT 12345", ReferenceKind.INVOICE_NUMBER).get(0).value());
    }

    @Test
    void invoiceNumberWithNo() {
        assertEquals("12345",
                hits("re invoice no. 12345", ReferenceKind.INVOICE_NUMBER).get(0).value());
        assertEquals("4521",
                hits("Factura N° 4521", ReferenceKind.INVOICE_NUMBER).get(0).value());
    }

    @Test
    void invoiceSiiDocumentTypeAndFolio() {
        ReferenceHit hit = hits("abono F33-12345", ReferenceKind.INVOICE_NUMBER).get(0);
        assertEquals("12345", hit.value());
        assertEquals("33", hit.documentType());
    }

    @Test
    void invoiceKeywordInsideWordIgnored() {
        assertTrue(hits("Infactura 12345", ReferenceKind.INVOICE_NUMBER).isEmpty());
    }

    @Test
    void invoiceCustomPattern() {
        ReferenceExtractor custom = ReferenceExtractor.builder()
                .invoicePatterns(List.of(InvoicePattern.of("doc", "DOC#(?<number>\\d+)")))
                .build();
        List<ReferenceHit> hits = custom.extract("f", "see DOC#778 and factura 1");
        assertEquals(1, hits.stream().filter(h -> h.kind() == ReferenceKind.INVOICE_NUMBER).count());
        assertEquals("778", hits.get(0).value());
    }

    @Test
    void invoicePatternWithoutNumberGroupRejected() {
        assertThrows(IllegalArgumentException.class, () -> InvoicePattern.of("bad", "INV\\d+"));
    }

    @Test
    void rfWithSpacesFound() {
        List<ReferenceHit> hits = hits("Payment RF18 5390 0754 7034 thanks",
                ReferenceKind.RF_CREDITOR_REFERENCE);
        assertEquals(1, hits.size());
        assertEquals("RF18539007547034", hits.get(0).value());
        assertEquals(8, hits.get(0).start());
        assertEquals(27, hits.get(0).end());
    }

    @Test
    void rfNoBreakSpaceGroupsFound() {
        List<ReferenceHit> hits = hits("RF18 5390 0754 7034",
                ReferenceKind.RF_CREDITOR_REFERENCE);
        assertEquals(1, hits.size());
        assertEquals("RF18539007547034", hits.get(0).value());
        assertEquals(19, hits.get(0).end());
    }

    @Test
    void rfCompactLowerCaseFound() {
        assertEquals("RF18539007547034",
                hits("ref rf18539007547034.", ReferenceKind.RF_CREDITOR_REFERENCE).get(0).value());
    }

    @Test
    void rfWrongCheckDigitsIgnored() {
        assertTrue(hits("RF19 5390 0754 7034", ReferenceKind.RF_CREDITOR_REFERENCE).isEmpty());
    }

    @Test
    void rfCreateMatchesKnownExample() {
        assertEquals("RF18539007547034", RfCreditorReference.create("539007547034"));
        assertEquals("RF18 5390 0754 7034", RfCreditorReference.format("RF18539007547034"));
    }

    @Test
    void qrReferenceGroupedFound() {
        List<ReferenceHit> hits = hits("QRR 21 00000 00003 13947 14300 09017",
                ReferenceKind.QR_REFERENCE);
        assertEquals(1, hits.size());
        assertEquals("210000000003139471430009017", hits.get(0).value());
    }

    @Test
    void qrReferenceNoBreakSpaceGroupsFound() {
        List<ReferenceHit> hits = hits("QRR 21 00000 00003 13947 14300 09017",
                ReferenceKind.QR_REFERENCE);
        assertEquals(1, hits.size());
        assertEquals("210000000003139471430009017", hits.get(0).value());
    }

    @Test
    void qrReferenceWrongCheckDigitIgnored() {
        assertTrue(hits("210000000003139471430009018", ReferenceKind.QR_REFERENCE).isEmpty());
    }

    @Test
    void esrKeywordMakesEsrReference() {
        List<ReferenceHit> hits = hits("ESR 210000000003139471430009017",
                ReferenceKind.ESR_REFERENCE);
        assertEquals(1, hits.size());
        assertTrue(hits("ESR 210000000003139471430009017", ReferenceKind.QR_REFERENCE).isEmpty());
    }

    @Test
    void esrSixteenDigitsNeedContext() {
        String digits = "123456789012345";
        String reference = digits + SwissReference.checkDigit(digits);
        assertTrue(hits("ref " + reference, ReferenceKind.ESR_REFERENCE).isEmpty());
        assertEquals(reference, hits("BESR " + reference, ReferenceKind.ESR_REFERENCE).get(0).value());
    }

    @Test
    void rutDottedFoundAnywhere() {
        List<ReferenceHit> hits = hits("Transferencia de 12.345.678-5 ok", ReferenceKind.CHILEAN_RUT);
        assertEquals(1, hits.size());
        assertEquals("12345678-5", hits.get(0).value());
        assertEquals(17, hits.get(0).start());
        assertEquals(29, hits.get(0).end());
    }

    @Test
    void rutPlainWithoutKeywordIgnored() {
        assertTrue(hits("pedido 12345678-5", ReferenceKind.CHILEAN_RUT).isEmpty());
        assertTrue(hits("pedido 123456785", ReferenceKind.CHILEAN_RUT).isEmpty());
    }

    @Test
    void rutPlainAfterKeywordFound() {
        assertEquals("12345678-5", hits("RUT 12345678-5", ReferenceKind.CHILEAN_RUT).get(0).value());
        assertEquals("12345678-5", hits("rut: 123456785", ReferenceKind.CHILEAN_RUT).get(0).value());
        assertEquals(1, hits("R.U.T. N° 12.345.678-5", ReferenceKind.CHILEAN_RUT).size());
    }

    @Test
    void rutWithKCheckDigit() {
        // 10000013: weighted sum 3*2 + 1*3 + 1*3 = 12, 11 - 12 mod 11 = 10, written K.
        assertEquals('K', RutCheckDigit.of("10000013"));
        assertEquals("10000013-K", hits("RUT 10000013-k", ReferenceKind.CHILEAN_RUT).get(0).value());
    }

    @Test
    void rutWrongCheckDigitIgnored() {
        assertTrue(hits("RUT 12.345.678-9", ReferenceKind.CHILEAN_RUT).isEmpty());
    }

    @Test
    void rutRouteWordIsNoKeyword() {
        assertTrue(hits("RUTA 12345678-5", ReferenceKind.CHILEAN_RUT).isEmpty());
    }

    @Test
    void structuredReferenceFoundGroupedLowerCase() {
        PaymentReference printed = PaymentReference.of(PaymentReference.Kind.DOCUMENT, 3312345);
        String mangled = printed.grouped().toLowerCase(java.util.Locale.ROOT);
        List<ReferenceHit> hits = hits("pago " + mangled,
                ReferenceKind.STRUCTURED_PAYMENT_REFERENCE);
        assertEquals(printed.value(), hits.get(0).value());
    }

    @Test
    void structuredReferenceHitParsesBack() {
        PaymentReference reference = PaymentReference.forDocument(DocumentId.of("F33-12345"));
        List<ReferenceHit> hits = hits("Abono " + reference.grouped() + " gracias",
                ReferenceKind.STRUCTURED_PAYMENT_REFERENCE);
        assertEquals(1, hits.size());
        assertEquals(reference, PaymentReference.parse(hits.get(0).value()));
    }

    @Test
    void structuredReferenceRejectsOtherCharacters() {
        assertThrows(InvalidPaymentReferenceException.class,
                () -> PaymentReference.parse("RC1factura#1"));
        assertThrows(InvalidPaymentReferenceException.class, () -> PaymentReference.parse(""));
        assertThrows(IllegalArgumentException.class,
                () -> PaymentReference.of(PaymentReference.Kind.CUSTOMER, -1));
        assertTrue(hits("RC1factura#1", ReferenceKind.STRUCTURED_PAYMENT_REFERENCE).isEmpty());
    }

    @Test
    void structuredReferenceWrongCheckIsEmpty() {
        String printed = PaymentReference.of(PaymentReference.Kind.CUSTOMER, 42).value();
        char check = printed.charAt(printed.length() - 1);
        String wrong = printed.substring(0, printed.length() - 1) + (check == '0' ? '1' : '0');
        assertTrue(hits("pago " + wrong, ReferenceKind.STRUCTURED_PAYMENT_REFERENCE).isEmpty());
        assertThrows(InvalidPaymentReferenceException.class, () -> PaymentReference.parse(wrong));
    }

    @Test
    void kindsCanBeLimited() {
        ReferenceExtractor onlyRut = ReferenceExtractor.builder()
                .kinds(Set.of(ReferenceKind.CHILEAN_RUT)).build();
        List<ReferenceHit> hits = onlyRut.extract("f", "factura 1 RUT 12.345.678-5");
        assertEquals(1, hits.size());
        assertEquals(ReferenceKind.CHILEAN_RUT, hits.get(0).kind());
    }

    @Test
    void entryFieldsNamed() {
        StatementAmount amount = new StatementAmount(new BigDecimal("10.00"), "CHF");
        TransactionDetails details = new TransactionDetails("e-0", amount, null, null, "E2E",
                null, null, null, null, Party.UNKNOWN, List.of("Factura", "12345"),
                new CreditorReference("210000000003139471430009017", "ISR"), null, Map.of());
        StatementEntry entry = new StatementEntry("e", new SourcePosition("s", 1, 0, ""), amount,
                CreditDebit.CREDIT, false, EntryStatus.BOOKED, LocalDate.of(2024, 1, 2), null,
                null, "RF18539007547034", BankTransactionCode.UNKNOWN, null, 0,
                List.of(details), Map.of());
        List<ReferenceHit> hits = extractor.extract(entry);
        assertEquals(3, hits.size(), hits.toString());
        assertEquals("entryReference", hits.get(0).field());
        assertEquals(ReferenceKind.RF_CREDITOR_REFERENCE, hits.get(0).kind());
        assertEquals("details[0].remittance", hits.get(1).field());
        assertEquals("12345", hits.get(1).value());
        assertEquals("details[0].creditorReference", hits.get(2).field());
        assertEquals(ReferenceKind.ESR_REFERENCE, hits.get(2).kind());
    }
}
