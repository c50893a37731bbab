package io.github.receivables.reconciliation.sii;

import static io.github.receivables.reconciliation.sii.SiiTestFiles.fixtureText;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.stream;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.document.DisputeReason;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentReference;
import io.github.receivables.core.document.PaymentTerms;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.sii.SiiTestFiles.RcvCollector;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the hand-written sales register fixture and checks mapping, encodings and errors. */
class RcvSalesReaderTest {

    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Rut OWN_RUT = Rut.parse("76123456-0");
    private static final String FIXTURE = "rcv_venta_reclamos.csv";

    private final RcvSalesReader reader = new RcvSalesReader(RcvReaderOptions.forIssuer(OWN_RUT));
    private final SiiDocumentMapper mapper = SiiDocumentMapper.builder().build();

    @Test
    void fixtureHasFiveDocuments() {
        RcvCollector collector = read(fixture());

        assertEquals(List.of(1001L, 1002L, 502L, 2001L, 1004L),
                collector.documents.stream().map(RcvDocument::folio).toList());
        assertTrue(collector.warnings.isEmpty(), collector.warnings.toString());
        assertEquals(OWN_RUT, collector.documents.get(0).issuerRut());
        assertEquals(2, collector.documents.get(0).position().line());
    }

    @Test
    void claimedDocumentDisputed() {
        RcvDocument claimed = document(fixture(), 1001);

        assertEquals(LocalDateTime.of(2024, 3, 12, 16, 40, 5), claimed.claimTime());
        Document document = mapped(claimed);
        assertEquals(new CollectionStatus.Disputed(DisputeReason.TAX_AUTHORITY_CLAIM,
                LocalDate.of(2024, 3, 12)), document.status());
        assertInstanceOf(CollectionStatus.Active.class, mapped(document(fixture(), 1002))
                .status());
    }

    @Test
    void receptionDateGivesDueDateThirtyDaysLater() {
        RcvDocument row = document(fixture(), 1004);

        Document document = mapped(row);

        assertEquals(LocalDate.of(2024, 2, 29), document.issueDate());
        assertEquals(LocalDate.of(2024, 3, 1), document.receptionDate());
        assertEquals(LocalDate.of(2024, 3, 31), document.dueDate());
    }

    @Test
    void hostTermsOverrideThirtyDays() {
        SiiDocumentMapper sixtyDays = SiiDocumentMapper.builder()
                .paymentTerms(PaymentTerms.daysFromReception(60)).build();

        MappingResult result = sixtyDays.map(document(fixture(), 1004));

        Document document = assertInstanceOf(MappingResult.Mapped.class, result).document();
        assertEquals(LocalDate.of(2024, 4, 30), document.dueDate());
    }

    @Test
    void continuationRowAddsOtherTax() {
        RcvDocument row = document(fixture(), 1002);

        assertEquals(List.of(
                new OtherTax(271, new BigDecimal("18"), clp(5000)),
                new OtherTax(24, new BigDecimal("31.5"), clp(3000))), row.otherTaxes());
        assertEquals(clp(136520), row.total());
        assertEquals(clp(20520), row.vat());
        assertEquals(LocalDateTime.of(2024, 3, 22, 10, 0), row.acknowledgedTime());
    }

    @Test
    void creditNoteReferencesInvoice() {
        RcvDocument row = document(fixture(), 502);

        assertEquals(new RcvReference(33, 1001), row.reference());
        Document document = mapped(row);
        assertEquals(List.of(new DocumentReference(DocumentId.of("76123456-0/33/1001"),
                ReferenceEffect.REDUCES_AMOUNT)), document.references());
        assertEquals(LocalDate.of(2024, 3, 12), document.dueDate());
    }

    @Test
    void exemptInvoiceHasNoVat() {
        RcvDocument row = document(fixture(), 2001);

        assertEquals(clp(150000), row.exempt());
        assertEquals(clp(0), row.vat());
        assertNull(row.reference());
    }

    @Test
    void latin1Detected() {
        byte[] latin1 = fixture().getBytes(StandardCharsets.ISO_8859_1);

        RcvCollector collector = new RcvCollector();
        reader.read(stream(latin1), "latin1.csv", collector);

        assertEquals("Constructora Ñuble Ltda.", collector.documents.get(0).customerName());
        assertEquals("Áridos del Itata Ltda.", collector.documents.get(4).customerName());
    }

    @Test
    void utf8ByteOrderMarkSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = fixture().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        RcvSalesReader latin1Reader = new RcvSalesReader(RcvReaderOptions.forIssuer(OWN_RUT)
                .withCharset(StandardCharsets.ISO_8859_1));

        List<RcvDocument> documents = latin1Reader.readAll(stream(withBom), "bom.csv");

        assertEquals(5, documents.size());
        assertEquals("Distribuidora Peñalolén S.A.", documents.get(1).customerName());
    }

    @Test
    void invalidUtf8AfterSniffedBytesRejected() {
        StringBuilder text = new StringBuilder(header()).append("\r\n");
        String row = fixture().lines().filter(line -> line.startsWith("4;")).findFirst()
                .orElseThrow();
        for (int folio = 3000; text.length() < 70_000; folio++) {
            text.append(row.replace(";2001;", ";" + folio + ";")).append("\r\n");
        }
        text.append(row.replace("Distribuidora Peñalolén", "Ñandú")).append("\r\n");
        byte[] bytes = text.toString().replace("Peñalolén", "Penalolen")
                .getBytes(StandardCharsets.ISO_8859_1);

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> reader.readAll(stream(bytes), "mixto.csv"));

        assertTrue(error.getMessage().contains("withCharset"), error.getMessage());
    }

    @Test
    void purchaseRegisterRejected() {
        String purchase = "Nro;Tipo Doc;Tipo Compra;RUT Proveedor;Razon Social;Folio;Fecha Docto;"
                + "Monto total\r\n1;33;Del Giro;96543210-8;Proveedor SpA;10;01/03/2024;1190\r\n";

        UnsupportedVersionException error = assertThrows(UnsupportedVersionException.class,
                () -> reader.readAll(utf8(purchase), "compras.csv"));

        assertTrue(error.getMessage().contains("payables"), error.getMessage());
    }

    @Test
    void continuationWithoutDocumentRejected() {
        String text = header() + "\r\n" + fixture().lines()
                .filter(line -> line.startsWith(";33;")).findFirst().orElseThrow();

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "huerfana.csv"));

        assertEquals(2, error.position().line());
        assertTrue(error.getMessage().contains("continuation row"), error.getMessage());
    }

    @Test
    void continuationOfOtherFolioRejected() {
        String continuation = ";33;Del Giro;96543210-8;Distribuidora Peñalolén S.A.;1002;"
                + "20/03/2024;;";
        String text = fixture().replace(continuation, continuation.replace(";1002;", ";1009;"));

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "otro-folio.csv"));

        assertTrue(error.getMessage().contains("folio 1009"), error.getMessage());
    }

    @Test
    void missingColumnRejected() {
        String text = fixture().replace("Monto total", "Total");

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "sin-total.csv"));

        assertTrue(error.getMessage().contains("[monto total]"), error.getMessage());
    }

    @Test
    void invalidDateNamesColumnAndLine() {
        String text = fixture().replace("29/02/2024", "30/02/2024");

        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> reader.readAll(utf8(text), "fecha.csv"));

        assertEquals(8, error.position().line());
        assertEquals("Fecha Docto", error.position().path());
        assertTrue(error.getMessage().contains("'30/02/2024'"), error.getMessage());
    }

    @Test
    void rowWithOnlyNumberWarns() {
        RcvCollector collector = read(fixture() + "6" + ";".repeat(42) + "\r\n");

        assertEquals(5, collector.documents.size());
        assertEquals(1, collector.warnings.size());
        assertEquals(9, collector.warnings.get(0).position().line());
    }

    @Test
    void quotedNameKeepsSeparator() {
        String quoted = "\"Áridos \"\"Itata\"\"; Ltda.\"";
        String text = fixture().replace("Áridos del Itata Ltda.", quoted);

        RcvDocument row = document(text, 1004);

        assertEquals("Áridos \"Itata\"; Ltda.", row.customerName());
    }

    @Test
    void unclosedQuoteRejected() {
        String text = fixture().replace("Áridos del Itata Ltda.", "\"Áridos del Itata Ltda.");

        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> reader.readAll(utf8(text), "comillas.csv"));

        assertEquals(8, error.position().line());
    }

    @Test
    void documentLimitStopsRegister() {
        RcvSalesReader limited = new RcvSalesReader(RcvReaderOptions.forIssuer(OWN_RUT)
                .withLimits(ReaderLimits.DEFAULTS.withMaxEntries(2)));

        assertThrows(LimitExceededException.class,
                () -> limited.readAll(utf8(fixture()), "limite.csv"));
    }

    @Test
    void rowLengthLimitStopsRegister() {
        RcvSalesReader limited = new RcvSalesReader(RcvReaderOptions.forIssuer(OWN_RUT)
                .withLimits(ReaderLimits.DEFAULTS.withMaxFieldLength(100)));

        LimitExceededException error = assertThrows(LimitExceededException.class,
                () -> limited.readAll(utf8(fixture()), "larga.csv"));

        assertEquals(1, error.position().line());
    }

    @Test
    void zeroTotalSkipped() {
        String text = fixture().replace(";150000;0;0;150000;", ";0;0;0;0;");

        MappingResult result = mapper.map(document(text, 2001));

        MappingResult.Skipped skipped = assertInstanceOf(MappingResult.Skipped.class, result);
        assertTrue(skipped.reason().contains("nothing to collect"), skipped.reason());
    }

    private RcvCollector read(String text) {
        RcvCollector collector = new RcvCollector();
        reader.read(utf8(text), FIXTURE, collector);
        return collector;
    }

    private RcvDocument document(String text, long folio) {
        return read(text).documents.stream().filter(row -> row.folio() == folio).findFirst()
                .orElseThrow();
    }

    private Document mapped(RcvDocument row) {
        return assertInstanceOf(MappingResult.Mapped.class, mapper.map(row)).document();
    }

    private static String fixture() {
        return fixtureText(FIXTURE, StandardCharsets.UTF_8);
    }

    private static String header() {
        return fixture().lines().findFirst().orElseThrow();
    }

    private static Money clp(long pesos) {
        return Money.ofMinor(pesos, CLP);
    }
}
