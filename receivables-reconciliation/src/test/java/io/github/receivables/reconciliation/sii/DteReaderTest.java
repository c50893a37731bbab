package io.github.receivables.reconciliation.sii;

import static io.github.receivables.reconciliation.sii.SiiTestFiles.fixture;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.fixtureText;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.stream;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.sii.SiiTestFiles.DteCollector;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the hand-written DTE fixtures and checks every mapped field and each rejection. */
class DteReaderTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Currency USD = Currency.getInstance("USD");

    private final DteReader reader = new DteReader();

    @Test
    void latin1InvoiceKeepsAccentedNames() {
        DteDocument dte = readOne("dte_33_factura_latin1.xml");

        assertEquals("Ferretería Los Aromos SpA", dte.issuerName());
        assertEquals("Constructora Ñuble Ltda.", dte.receiverName());
        assertEquals(new DtePaymentTerms(PaymentForm.CREDIT, "30 días desde la recepción", 30),
                dte.paymentTerms());
        assertEquals(Rut.parse("76123456-0"), dte.issuerRut());
        assertEquals(Rut.parse("77654321-7"), dte.receiverRut());
        assertEquals(clp(49980), dte.totals().total());
    }

    @Test
    void latin1NamesSurviveUtf8Declaration() {
        String text = fixtureText("dte_33_factura_latin1.xml", StandardCharsets.ISO_8859_1)
                .replace("ISO-8859-1", "UTF-8");

        DteDocument dte = reader.readAll(utf8(text), "utf8.xml").get(0);

        assertEquals("Constructora Ñuble Ltda.", dte.receiverName());
    }

    @Test
    void undeclaredEncodingUsesConfiguredCharset() {
        String text = fixtureText("dte_33_factura_latin1.xml", StandardCharsets.ISO_8859_1);
        byte[] latin1 = text.substring(text.indexOf("<DTE"))
                .getBytes(StandardCharsets.ISO_8859_1);
        DteReader latin1Reader = new DteReader(DteReaderOptions.DEFAULTS
                .withUndeclaredCharset(StandardCharsets.ISO_8859_1));

        DteDocument dte = latin1Reader.readAll(stream(latin1), "bare.xml").get(0);

        assertEquals("Constructora Ñuble Ltda.", dte.receiverName());
        assertThrows(MalformedStatementException.class,
                () -> reader.readAll(stream(latin1), "bare.xml"));
    }

    @Test
    void exemptInvoiceHasOnlyExemptAmount() {
        DteDocument dte = readOne("dte_34_exenta.xml");

        assertEquals(34, dte.typeCode());
        assertEquals(2001, dte.folio());
        assertEquals(clp(150000), dte.totals().exempt());
        assertEquals(clp(0), dte.totals().net());
        assertEquals(clp(0), dte.totals().vat());
        assertNull(dte.totals().vatRate());
        assertEquals(clp(150000), dte.totals().total());
        assertEquals(LocalDate.of(2024, 5, 2), dte.dueDate());
    }

    @Test
    void exportInvoiceIsInDollars() {
        DteDocument dte = readOne("dte_110_exportacion_usd.xml");

        assertEquals(110, dte.typeCode());
        assertEquals(USD, dte.currency());
        assertEquals(Money.of(new BigDecimal("1250.50"), USD), dte.totals().exempt());
        assertEquals(Money.of(new BigDecimal("1250.50"), USD), dte.totals().total());
        assertEquals(Money.zero(USD), dte.totals().vat());
        OtherCurrencyTotals pesos = dte.otherCurrency();
        assertEquals(0, new BigDecimal("935.25").compareTo(pesos.exchangeRate()));
        assertEquals(clp(1169530), pesos.total());
        assertEquals(clp(1169530), pesos.exempt());
        DteReference reference = dte.references().get(0);
        assertEquals("813", reference.documentType());
        assertEquals("HK-2024-0098", reference.folio());
        assertTrue(reference.findFolioNumber().isEmpty());
        assertNull(reference.code());
    }

    @Test
    void unknownCurrencyNameRejectedUnlessMapped() {
        String text = fixtureText("dte_110_exportacion_usd.xml", StandardCharsets.ISO_8859_1)
                .replace("DOLAR USA", "OTRAS MONEDAS");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> reader.readAll(latin1(text), "otras.xml"));
        assertTrue(error.getMessage().contains("OTRAS MONEDAS"), error.getMessage());
        assertTrue(error.position().path().endsWith("/Totales/TpoMoneda"),
                error.position().path());

        DteReader mapped = new DteReader(DteReaderOptions.DEFAULTS
                .withCurrencyName("otras  monedas", Currency.getInstance("EUR")));
        DteDocument dte = mapped.readAll(latin1(text), "otras.xml").get(0);
        assertEquals(Currency.getInstance("EUR"), dte.currency());
    }

    @Test
    void globalDiscountDeclaredTotalsRead() {
        DteDocument dte = readOne("dte_33_descuento_global.xml");

        assertEquals(clp(108000), dte.totals().net());
        assertEquals(clp(20520), dte.totals().vat());
        assertEquals(clp(128520), dte.totals().total());
        assertEquals(TotalsSource.DECLARED, dte.totals().source());
    }

    @Test
    void globalDiscountComputedWithoutTotals() {
        String text = withoutTotals(fixtureText("dte_33_descuento_global.xml",
                StandardCharsets.ISO_8859_1));
        DteCollector collector = new DteCollector();

        reader.read(latin1(text), "sin-totales.xml", collector);

        DteTotals totals = collector.documents.get(0).totals();
        assertEquals(TotalsSource.COMPUTED_FROM_LINES, totals.source());
        assertEquals(clp(108000), totals.net());
        assertEquals(clp(20520), totals.vat());
        assertEquals(clp(128520), totals.total());
        assertEquals(1, collector.warnings.size());
        assertTrue(collector.warnings.get(0).message().contains("2 detail lines"));
    }

    @Test
    void exemptInvoiceComputedWithoutTotals() {
        String text = withoutTotals(fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8));

        DteTotals totals = reader.readAll(utf8(text), "exenta.xml").get(0).totals();

        assertEquals(clp(150000), totals.exempt());
        assertEquals(clp(0), totals.vat());
        assertEquals(clp(150000), totals.total());
    }

    @Test
    void instalmentsReadInFileOrder() {
        DteDocument dte = readOne("dte_33_cuotas.xml");

        assertEquals(List.of(
                new DteInstalment(LocalDate.of(2024, 4, 30), clp(40000), "Cuota 1 de 3"),
                new DteInstalment(LocalDate.of(2024, 5, 31), clp(40000), "Cuota 2 de 3"),
                new DteInstalment(LocalDate.of(2024, 6, 30), clp(39000), "Cuota 3 de 3")),
                dte.instalments());
    }

    @Test
    void creditNoteReferenceRead() {
        DteDocument dte = readOne("dte_61_anula_factura.xml");

        assertEquals(61, dte.typeCode());
        DteReference reference = dte.references().get(0);
        assertEquals("33", reference.documentType());
        assertEquals(33, reference.findTypeCode().getAsInt());
        assertEquals(1001, reference.findFolioNumber().getAsLong());
        assertEquals(LocalDate.of(2024, 3, 4), reference.date());
        assertEquals(ReferenceCode.ANNULS, reference.code());
        assertEquals("Anula factura por devolución total", reference.reason());
        assertFalse(reference.global());
        assertNull(reference.otherIssuerRut());
    }

    @Test
    void envelopeDeliversEachDocumentAndSkipsSignatures() {
        DteCollector collector = new DteCollector();

        long count = reader.read(stream(fixture("envio_factura_y_nota_credito.xml")), "envio.xml",
                collector);

        assertEquals(2, count);
        assertEquals(List.of(33, 61),
                collector.documents.stream().map(DteDocument::typeCode).toList());
        assertEquals("/EnvioDTE/SetDTE/DTE[2]", collector.documents.get(1).position().path());
        assertTrue(collector.warnings.isEmpty(), collector.warnings.toString());
    }

    @Test
    void envelopeCountMismatchWarns() {
        String text = fixtureText("envio_factura_y_nota_credito.xml", StandardCharsets.ISO_8859_1)
                .replaceFirst("<NroDTE>1</NroDTE>", "<NroDTE>5</NroDTE>");
        DteCollector collector = new DteCollector();

        reader.read(latin1(text), "envio.xml", collector);

        assertEquals(1, collector.warnings.size());
        assertTrue(collector.warnings.get(0).message().contains("declares 6 DTEs"));
    }

    @Test
    void truncatedEnvelopeRejectedAfterFirstDocument() {
        String text = fixtureText("envio_factura_y_nota_credito.xml", StandardCharsets.ISO_8859_1);
        String truncated = text.substring(0, text.indexOf("<TipoDTE>61") + 5);
        DteCollector collector = new DteCollector();

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.read(latin1(truncated), "cortado.xml", collector));

        assertEquals(1, collector.documents.size());
        assertTrue(error.getMessage().startsWith("cortado.xml line "), error.getMessage());
        assertTrue(error.position().path().startsWith("/EnvioDTE/SetDTE/DTE[2]"),
                error.position().path());
    }

    @Test
    void externalEntityRejected() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE DTE [<!ENTITY leak SYSTEM"
                + " \"file:///etc/passwd\">]>\n<DTE><Documento><Encabezado><IdDoc>"
                + "<TipoDTE>&leak;</TipoDTE></IdDoc></Encabezado></Documento></DTE>";

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(xxe), "xxe.xml"));

        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
    }

    @Test
    void entityReferenceWithoutDoctypeRejected() {
        String text = "<DTE><Documento>&leak;</Documento></DTE>";

        assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "entity.xml"));
    }

    @Test
    void foreignRootRejected() {
        String text = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>";

        UnsupportedVersionException error = assertThrows(UnsupportedVersionException.class,
                () -> reader.readAll(utf8(text), "camt.xml"));

        assertTrue(error.getMessage().contains("expected DTE, EnvioDTE"), error.getMessage());
    }

    @Test
    void missingFolioNamesElement() {
        String text = fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8)
                .replace("<Folio>2001</Folio>", "");

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "sin-folio.xml"));

        assertTrue(error.getMessage().contains("Encabezado/IdDoc/Folio"), error.getMessage());
    }

    @Test
    void invalidDateNamesFieldAndLine() {
        String text = fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8)
                .replace("2024-04-02", "2024-02-30");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> reader.readAll(utf8(text), "fecha.xml"));

        assertTrue(error.getMessage().contains("FchEmis '2024-02-30'"), error.getMessage());
        assertEquals(8, error.position().line());
    }

    @Test
    void invalidReceiverRutMasked() {
        String text = fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8)
                .replace("77654321-7", "77654321-8");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> reader.readAll(utf8(text), "rut.xml"));

        assertTrue(error.getMessage().contains("RUTRecep"), error.getMessage());
        assertFalse(error.getMessage().contains("77654321"), error.getMessage());
    }

    @Test
    void duplicateFieldRejected() {
        String text = fixtureText("dte_34_exenta.xml", StandardCharsets.UTF_8)
                .replace("<Folio>2001</Folio>", "<Folio>2001</Folio><Folio>2002</Folio>");

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "doble.xml"));

        assertTrue(error.getMessage().contains("appears twice"), error.getMessage());
    }

    private DteDocument readOne(String name) {
        List<DteDocument> documents = reader.readAll(stream(fixture(name)), name);
        assertEquals(1, documents.size());
        return documents.get(0);
    }

    private static String withoutTotals(String text) {
        int start = text.indexOf("<Totales>");
        int end = text.indexOf("</Totales>") + "</Totales>".length();
        return text.substring(0, start) + text.substring(end);
    }

    private static java.io.InputStream latin1(String text) {
        return stream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Money clp(long pesos) {
        return Money.ofMinor(pesos, CLP);
    }
}
