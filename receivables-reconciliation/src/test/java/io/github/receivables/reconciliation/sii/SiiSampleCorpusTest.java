package io.github.receivables.reconciliation.sii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.sii.SiiTestFiles.DteCollector;
import io.github.receivables.reconciliation.sii.SiiTestFiles.RcvCollector;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the real SII files of the sample corpus and checks values read by hand from them. */
class SiiSampleCorpusTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Rut OWN_RUT = Rut.parse("76123456-0");

    private final SiiDocumentMapper mapper = SiiDocumentMapper.builder().build();

    @Test
    void realUniversityInvoiceDeclaredAsWindows1252() throws IOException {
        DteCollector collector = readDte("cl_real_33_uchile.xml");

        assertEquals(1, collector.documents.size());
        assertTrue(collector.warnings.isEmpty());
        DteDocument dte = collector.documents.get(0);
        assertEquals(33, dte.typeCode());
        assertEquals(2336600, dte.folio());
        assertEquals(LocalDate.of(2019, 8, 8), dte.issueDate());
        assertEquals(LocalDate.of(2019, 8, 8), dte.dueDate());
        assertEquals(PaymentForm.CASH, dte.paymentTerms().form());
        assertEquals(Rut.parse("60910000-1"), dte.issuerRut());
        assertEquals("Universidad de Chile", dte.issuerName());
        assertEquals(Rut.parse("76555835-2"), dte.receiverRut());
        assertEquals("FYNPAL SPA", dte.receiverName());
        assertEquals(clp(8943), dte.totals().net());
        assertEquals(clp(0), dte.totals().exempt());
        assertEquals(0, BigDecimal.valueOf(19).compareTo(dte.totals().vatRate()));
        assertEquals(clp(1699), dte.totals().vat());
        assertEquals(clp(10642), dte.totals().total());
        assertEquals(TotalsSource.DECLARED, dte.totals().source());
        assertTrue(dte.references().isEmpty());
        assertTrue(dte.instalments().isEmpty());
        assertEquals("/DTE", dte.position().path());

        Document document = mapped(dte);
        assertEquals("60910000-1/33/2336600", document.id().value());
        assertEquals("76555835-2", document.customerId().value());
        assertEquals(LocalDate.of(2019, 8, 8), document.dueDate());
        assertEquals(clp(10642), document.total());
        assertEquals(clp(1699), document.tax());
    }

    @Test
    void unsignedMinimalInvoiceGetsTotalsFromLines() throws IOException {
        DteCollector collector = readDte("libredte_33_unsigned_minimal.xml");

        assertEquals(1, collector.documents.size());
        DteDocument dte = collector.documents.get(0);
        assertEquals(33, dte.typeCode());
        assertEquals(1, dte.folio());
        assertNull(dte.issueDate());
        assertNull(dte.dueDate());
        assertEquals(Rut.parse("76192083-9"), dte.issuerRut());
        assertEquals(Rut.parse("60803000-K"), dte.receiverRut());
        assertEquals("Servicio de Impuestos Internos", dte.receiverName());
        assertEquals(clp(31500), dte.totals().net());
        assertEquals(clp(5985), dte.totals().vat());
        assertEquals(clp(37485), dte.totals().total());
        assertEquals(TotalsSource.COMPUTED_FROM_LINES, dte.totals().source());
        assertEquals(1, collector.warnings.size());

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> mapper.map(dte));
        assertTrue(error.getMessage().contains("FchEmis"), error.getMessage());
        assertTrue(error.getMessage().contains("folio 1"), error.getMessage());
    }

    @Test
    void officialEnvelopeExampleHasOneInvoice() throws IOException {
        DteCollector collector = readDte("sii_official_envio_f60t33.xml");

        assertEquals(1, collector.documents.size());
        assertTrue(collector.warnings.isEmpty(), collector.warnings.toString());
        DteDocument dte = collector.documents.get(0);
        assertEquals(33, dte.typeCode());
        assertEquals(60, dte.folio());
        assertEquals(LocalDate.of(2003, 10, 13), dte.issueDate());
        assertNull(dte.dueDate());
        assertEquals(DtePaymentTerms.NONE, dte.paymentTerms());
        assertEquals(Rut.parse("97975000-5"), dte.issuerRut());
        assertEquals(Rut.parse("77777777-7"), dte.receiverRut());
        assertEquals("EMPRESA  LTDA", dte.receiverName());
        assertEquals(clp(100000), dte.totals().net());
        assertEquals(clp(19000), dte.totals().vat());
        assertEquals(clp(119000), dte.totals().total());
        assertTrue(dte.references().isEmpty());
        assertEquals("/EnvioDTE/SetDTE/DTE[1]", dte.position().path());

        Document document = mapped(dte);
        assertEquals("97975000-5/33/60", document.id().value());
        assertEquals(LocalDate.of(2003, 11, 12), document.dueDate());
    }

    @Test
    void salesRegisterMergesExtraTaxRows() throws IOException {
        RcvCollector collector = readRcv("rcv_venta_extra_tax_rows.csv");

        List<RcvDocument> documents = collector.documents;
        assertEquals(5, documents.size());
        assertEquals(List.of(6541L, 9874L, 3210L, 3210L, 3210L),
                documents.stream().map(RcvDocument::folio).toList());
        assertEquals(List.of(33, 33, 33, 34, 33),
                documents.stream().map(RcvDocument::typeCode).toList());
        long sum = documents.stream().mapToLong(document -> document.total().minorUnits()).sum();
        assertEquals(114_116_329L, sum);

        RcvDocument first = documents.get(0);
        assertEquals(Rut.parse("54213736-3"), first.customerRut());
        assertEquals("CHILE SPA", first.customerName());
        assertEquals(LocalDate.of(2025, 9, 1), first.issueDate());
        assertEquals(LocalDateTime.of(2025, 9, 1, 10, 9, 0), first.receptionTime());
        assertEquals(LocalDateTime.of(2025, 9, 8, 14, 15, 23), first.acknowledgedTime());
        assertEquals(clp(7217280), first.net());
        assertEquals(clp(1371283), first.vat());
        assertEquals(clp(9565862), first.total());
        assertEquals(List.of(27, 271), first.otherTaxes().stream().map(OtherTax::code).toList());
        assertEquals(clp(275904), first.otherTaxes().get(0).amount());
        assertEquals(clp(701395), first.otherTaxes().get(1).amount());
        assertEquals(0, new BigDecimal("18").compareTo(first.otherTaxes().get(1).rate()));
        assertEquals(2, documents.get(4).otherTaxes().size());
        assertEquals(1, documents.get(1).otherTaxes().size());
        assertEquals(0, new BigDecimal("31.5")
                .compareTo(documents.get(1).otherTaxes().get(0).rate()));
    }

    @Test
    void salesRegisterMapsUnclaimedDocumentsAsActive() throws IOException {
        List<RcvDocument> documents = readRcv("rcv_venta_extra_tax_rows.csv").documents;

        assertTrue(documents.stream().noneMatch(RcvDocument::isClaimed));
        for (RcvDocument row : documents) {
            Document document = mapped(row);
            assertInstanceOf(CollectionStatus.Active.class, document.status());
            assertEquals(LocalDate.of(2025, 9, 1), document.receptionDate());
            assertEquals(LocalDate.of(2025, 10, 1), document.dueDate());
        }
        assertEquals("76123456-0/33/6541", documents.get(0).documentId().value());
    }

    @Test
    void purchaseRegisterRejected() throws IOException {
        Path file = SiiTestFiles.samplesDte().resolve("rcv_compra_reclamado.csv");
        RcvSalesReader reader = new RcvSalesReader(RcvReaderOptions.forIssuer(OWN_RUT));

        try (InputStream input = Files.newInputStream(file)) {
            UnsupportedVersionException error = assertThrows(UnsupportedVersionException.class,
                    () -> reader.read(input, file.getFileName().toString(), new RcvCollector()));
            assertTrue(error.getMessage().contains("purchase register"), error.getMessage());
            assertTrue(error.getMessage().startsWith("rcv_compra_reclamado.csv line 1"),
                    error.getMessage());
            assertEquals(1, error.position().line());
        }
    }

    private DteCollector readDte(String name) throws IOException {
        Path file = SiiTestFiles.samplesDte().resolve(name);
        DteCollector collector = new DteCollector();
        try (InputStream input = Files.newInputStream(file)) {
            new DteReader().read(input, name, collector);
        }
        return collector;
    }

    private RcvCollector readRcv(String name) throws IOException {
        Path file = SiiTestFiles.samplesDte().resolve(name);
        RcvCollector collector = new RcvCollector();
        try (InputStream input = Files.newInputStream(file)) {
            new RcvSalesReader(RcvReaderOptions.forIssuer(OWN_RUT)).read(input, name, collector);
        }
        assertFalse(collector.documents.isEmpty());
        return collector;
    }

    private Document mapped(DteDocument dte) {
        return assertInstanceOf(MappingResult.Mapped.class, mapper.map(dte)).document();
    }

    private Document mapped(RcvDocument row) {
        return assertInstanceOf(MappingResult.Mapped.class, mapper.map(row)).document();
    }

    private static Money clp(long pesos) {
        return Money.ofMinor(pesos, CLP);
    }
}
