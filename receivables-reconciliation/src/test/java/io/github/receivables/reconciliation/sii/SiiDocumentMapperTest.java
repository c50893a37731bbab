package io.github.receivables.reconciliation.sii;

import static io.github.receivables.reconciliation.sii.SiiTestFiles.fixture;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.fixtureText;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.Instalment;
import io.github.receivables.core.document.PaymentTerms;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.document.SiiDocumentType;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.DebtorRegime;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Maps the DTE fixtures into core documents and checks references, due dates and refusals. */
class SiiDocumentMapperTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final DocumentId INVOICE_ID = DocumentId.of("76123456-0/33/1001");

    private final SiiDocumentMapper mapper = SiiDocumentMapper.builder().build();

    @Test
    void creditNoteCancelsInvoiceWhole() {
        Document invoice = mapped(read("dte_33_factura_latin1.xml"));
        Document creditNote = mapped(read("dte_61_anula_factura.xml"));

        assertEquals(DocumentKind.CREDIT_NOTE, creditNote.kind());
        assertEquals(SiiDocumentType.NOTA_CREDITO_ELECTRONICA, creditNote.siiType());
        assertEquals(List.of(new DocumentReference(INVOICE_ID, ReferenceEffect.CANCELS)),
                creditNote.references());
        assertEquals(LocalDate.of(2024, 3, 11), creditNote.dueDate());

        Allocation credit = applyCredit(creditNote, invoice);
        assertEquals(clp(49980), credit.amount());
        assertEquals(clp(0), invoice.total().minus(credit.amount()));
    }

    @Test
    void creditNoteReducesInvoiceByItsTotal() {
        List<DteDocument> envelope = new DteReader().readAll(
                stream(fixture("envio_factura_y_nota_credito.xml")), "envio.xml");
        Document invoice = mapped(envelope.get(0));
        Document creditNote = mapped(envelope.get(1));

        assertEquals(INVOICE_ID, invoice.id());
        assertEquals(List.of(new DocumentReference(INVOICE_ID, ReferenceEffect.REDUCES_AMOUNT)),
                creditNote.references());

        Allocation credit = applyCredit(creditNote, invoice);
        assertEquals(clp(14280), credit.amount());
        assertEquals(clp(35700), invoice.total().minus(credit.amount()));
        assertEquals(LocalDate.of(2024, 3, 12), credit.appliedOn());
    }

    @Test
    void debitNoteAnnulsCreditNote() {
        Document debitNote = mapped(read("dte_56_anula_nota_credito.xml"));

        assertEquals(DocumentKind.DEBIT_NOTE, debitNote.kind());
        assertEquals(List.of(new DocumentReference(DocumentId.of("76123456-0/61/501"),
                ReferenceEffect.ANNULS_CREDIT)), debitNote.references());
        assertEquals(LocalDate.of(2024, 4, 14), debitNote.dueDate());
    }

    @Test
    void instalmentsBecomeDocumentInstalments() {
        Document invoice = mapped(read("dte_33_cuotas.xml"));

        assertEquals(List.of(
                new Instalment(LocalDate.of(2024, 4, 30), clp(40000)),
                new Instalment(LocalDate.of(2024, 5, 31), clp(40000)),
                new Instalment(LocalDate.of(2024, 6, 30), clp(39000))), invoice.instalments());
        assertEquals(clp(119000), invoice.total());
    }

    @Test
    void instalmentsNotAddingUpRejected() {
        DteDocument dte = readText(fixtureText("dte_33_cuotas.xml", StandardCharsets.ISO_8859_1)
                .replace("<MntPago>39000</MntPago>", "<MntPago>38000</MntPago>"));

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> mapper.map(dte));

        assertTrue(error.getMessage().contains("folio 1003"), error.getMessage());
        assertTrue(error.getMessage().contains("instalments adding up to 118000"),
                error.getMessage());
    }

    @Test
    void purchaseInvoiceRejectedAsPayable() {
        DteDocument dte = read("dte_46_factura_compra.xml");

        NotReceivableException error = assertThrows(NotReceivableException.class,
                () -> mapper.map(dte));

        assertTrue(error.getMessage().startsWith("dte_46_factura_compra.xml line 2"),
                error.getMessage());
        assertTrue(error.getMessage().contains("DTE type 46 folio 88"), error.getMessage());
        assertTrue(error.getMessage().contains("accounts payable"), error.getMessage());
    }

    @Test
    void dispatchGuideRejectedAsNoAmount() {
        DteDocument dte = readText(fixtureText("dte_46_factura_compra.xml",
                StandardCharsets.ISO_8859_1).replace("<TipoDTE>46", "<TipoDTE>52"));

        NotReceivableException error = assertThrows(NotReceivableException.class,
                () -> mapper.map(dte));

        assertTrue(error.getMessage().contains("DTE type 52 folio 88"), error.getMessage());
        assertTrue(error.getMessage().contains("guía de despacho"), error.getMessage());
    }

    @Test
    void unsupportedTypeRejected() {
        DteDocument dte = readText(fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8)
                .replace("<TipoDTE>34", "<TipoDTE>43"));

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> mapper.map(dte));

        assertTrue(error.getMessage().contains("type 43"), error.getMessage());
    }

    @Test
    void sellerRutRejectsSupplierDocument() {
        SiiDocumentMapper seller = SiiDocumentMapper.builder()
                .sellerRut(Rut.parse("77654321-7")).build();
        DteDocument dte = read("dte_33_factura_latin1.xml");

        NotReceivableException error = assertThrows(NotReceivableException.class,
                () -> seller.map(dte));

        assertTrue(error.getMessage().contains("another RUT"), error.getMessage());
        assertInstanceOf(MappingResult.Mapped.class, SiiDocumentMapper.builder()
                .sellerRut(Rut.parse("76123456-0")).build().map(dte));
    }

    @Test
    void textCorrectionSkippedButReferenced() {
        DteDocument dte = readText(fixtureText("dte_61_anula_factura.xml",
                StandardCharsets.ISO_8859_1)
                .replace("<CodRef>1</CodRef>", "<CodRef>2</CodRef>")
                .replaceAll("<(MntNeto|IVA|MntTotal)>\\d+<", "<$1>0<"));

        MappingResult.Skipped skipped = assertInstanceOf(MappingResult.Skipped.class,
                mapper.map(dte));

        assertEquals(DocumentId.of("76123456-0/61/501"), skipped.documentId());
        assertEquals(List.of(new DocumentReference(INVOICE_ID, ReferenceEffect.CORRECTS_TEXT)),
                skipped.references());
        assertTrue(skipped.reason().contains("nothing to collect"), skipped.reason());
    }

    @Test
    void freeOfChargeSkipped() {
        DteDocument dte = readText(fixtureText("dte_33_descuento_global.xml",
                StandardCharsets.ISO_8859_1).replace("<FmaPago>1<", "<FmaPago>3<"));

        MappingResult.Skipped skipped = assertInstanceOf(MappingResult.Skipped.class,
                mapper.map(dte));

        assertTrue(skipped.reason().contains("FmaPago 3"), skipped.reason());
    }

    @Test
    void dueDateFromExplicitDate() {
        assertEquals(LocalDate.of(2024, 5, 2), mapped(read("dte_34_exenta.xml")).dueDate());
    }

    @Test
    void dueDateFromTermDays() {
        assertEquals(LocalDate.of(2024, 4, 3),
                mapped(read("dte_33_factura_latin1.xml")).dueDate());
    }

    @Test
    void dueDateOnIssueForCashSale() {
        assertEquals(LocalDate.of(2024, 3, 20),
                mapped(read("dte_33_descuento_global.xml")).dueDate());
    }

    @Test
    void dueDateFromHostTerms() {
        SiiDocumentMapper terms45 = SiiDocumentMapper.builder()
                .paymentTerms(PaymentTerms.daysFromIssue(45)).build();

        MappingResult result = terms45.map(read("dte_56_anula_nota_credito.xml"));

        Document document = assertInstanceOf(MappingResult.Mapped.class, result).document();
        assertEquals(LocalDate.of(2024, 4, 29), document.dueDate());
    }

    @Test
    void exportInvoiceInDollars() {
        MappingResult.Mapped mapped = assertInstanceOf(MappingResult.Mapped.class,
                mapper.map(read("dte_110_exportacion_usd.xml")));
        Document document = mapped.document();
        Currency usd = Currency.getInstance("USD");

        assertEquals(Money.of(new BigDecimal("1250.50"), usd), document.total());
        assertEquals(Money.zero(usd), document.tax());
        assertEquals(LocalDate.of(2024, 6, 19), document.dueDate());
        assertTrue(document.references().isEmpty());
        assertEquals("55555555-5", mapped.customer().id().value());
        assertEquals("Pacific Trading Ltd.", mapped.customer().name());
    }

    @Test
    void customerBuiltFromReceiver() {
        MappingResult.Mapped mapped = assertInstanceOf(MappingResult.Mapped.class,
                mapper.map(read("dte_33_factura_latin1.xml")));
        Customer customer = mapped.customer();

        assertEquals("77654321-7", customer.id().value());
        assertEquals("Constructora Ñuble Ltda.", customer.name());
        assertEquals(Rut.parse("77654321-7"), customer.taxId());
        assertEquals(DebtorRegime.COMPANY, customer.regime());
        assertEquals(Locale.forLanguageTag("es-CL"), customer.locale());
        assertEquals(ZoneId.of("America/Santiago"), customer.zone());
        assertEquals(customer.id(), mapped.document().customerId());
    }

    @Test
    void receiptBuyerIsConsumerNamedByRut() {
        DteDocument dte = readText(fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8)
                .replace("<TipoDTE>34", "<TipoDTE>41")
                .replaceAll("<RznSocRecep>[^<]*</RznSocRecep>", ""));

        Customer customer = assertInstanceOf(MappingResult.Mapped.class, mapper.map(dte))
                .customer();

        assertEquals(DebtorRegime.CONSUMER, customer.regime());
        assertEquals("77654321-7", customer.name());
    }

    @Test
    void referenceToOtherIssuerUsesRutOtr() {
        DteDocument dte = readText(fixtureText("dte_61_anula_factura.xml",
                StandardCharsets.ISO_8859_1)
                .replace("<FolioRef>1001</FolioRef>",
                        "<FolioRef>1001</FolioRef><RUTOtr>96543210-8</RUTOtr>"));

        Document creditNote = mapped(dte);

        assertEquals(DocumentId.of("96543210-8/33/1001"), creditNote.references().get(0).target());
    }

    @Test
    void globalReferenceLeftOut() {
        DteDocument dte = readText(fixtureText("dte_61_anula_factura.xml",
                StandardCharsets.ISO_8859_1)
                .replace("<TpoDocRef>33</TpoDocRef>", "<TpoDocRef>33</TpoDocRef><IndGlobal>1"
                        + "</IndGlobal>"));

        assertTrue(dte.references().get(0).global());
        assertTrue(mapped(dte).references().isEmpty());
    }

    private Allocation applyCredit(Document creditNote, Document target) {
        DocumentReference reference = creditNote.references().get(0);
        assertEquals(target.id(), reference.target());
        Money amount = reference.effect() == ReferenceEffect.CANCELS
                ? target.total() : creditNote.total().min(target.total());
        return Allocation.of(AllocationId.of("credit-" + creditNote.id()),
                AllocationSource.creditNote(creditNote.id()), target.id(), amount,
                creditNote.issueDate());
    }

    private Document mapped(DteDocument dte) {
        return assertInstanceOf(MappingResult.Mapped.class, mapper.map(dte)).document();
    }

    private static DteDocument read(String name) {
        List<DteDocument> documents = new DteReader().readAll(stream(fixture(name)), name);
        assertEquals(1, documents.size());
        return documents.get(0);
    }

    private static DteDocument readText(String text) {
        byte[] bytes = text.getBytes(text.contains("UTF-8")
                ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return new DteReader().readAll(stream(bytes), "edited.xml").get(0);
    }

    private static Money clp(long pesos) {
        return Money.ofMinor(pesos, CLP);
    }
}
