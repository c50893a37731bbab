package io.github.receivables.reconciliation.sii;

import static io.github.receivables.reconciliation.sii.SiiTestFiles.fixture;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.stream;
import static io.github.receivables.reconciliation.sii.SiiTestFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Checks that each reader limit stops a DTE file, and that envelopes are streamed. */
class DteReaderLimitsTest {

    @Test
    void documentCountLimitStopsEnvelope() {
        DteReader reader = reader(ReaderLimits.DEFAULTS.withMaxEntries(1));

        LimitExceededException error = assertThrows(LimitExceededException.class,
                () -> reader.readAll(stream(fixture("envio_factura_y_nota_credito.xml")), "e.xml"));

        assertTrue(error.getMessage().contains("more than the limit of 1 DTEs"),
                error.getMessage());
    }

    @Test
    void depthLimitStopsNesting() {
        DteReader reader = reader(ReaderLimits.DEFAULTS.withMaxDepth(8));
        String nested = "<DTE>" + "<a>".repeat(10) + "</a>".repeat(10) + "</DTE>";

        assertThrows(LimitExceededException.class, () -> reader.readAll(utf8(nested), "n.xml"));
    }

    @Test
    void depthLimitCountsSkippedForeignElements() {
        DteReader reader = reader(ReaderLimits.DEFAULTS.withMaxDepth(8));
        String nested = "<DTE><x:a xmlns:x=\"urn:other\">" + "<x:b>".repeat(10)
                + "</x:b>".repeat(10) + "</x:a></DTE>";

        assertThrows(LimitExceededException.class, () -> reader.readAll(utf8(nested), "n.xml"));
    }

    @Test
    void fieldLengthLimitStopsLongText() {
        DteReader reader = reader(ReaderLimits.DEFAULTS.withMaxFieldLength(100));
        String fixture = new String(fixture("dte_34_exenta.xml"), StandardCharsets.UTF_8);
        String fitting = fixture.replace("Constructora", "x".repeat(80));
        String longName = fixture.replace("Constructora", "x".repeat(500));

        assertEquals(1, reader.readAll(utf8(fitting), "ok.xml").size());
        LimitExceededException error = assertThrows(LimitExceededException.class,
                () -> reader.readAll(utf8(longName), "long.xml"));
        assertTrue(error.position().path().endsWith("RznSocRecep"), error.position().path());
    }

    @Test
    void fileSizeLimitStopsLargeInput() {
        DteReader reader = reader(ReaderLimits.DEFAULTS.withMaxFileBytes(2_000));

        LimitExceededException error = assertThrows(LimitExceededException.class,
                () -> reader.readAll(stream(fixture("envio_factura_y_nota_credito.xml")), "e.xml"));

        assertTrue(error.getMessage().contains("2000 bytes"), error.getMessage());
    }

    @Test
    void largeEnvelopeStreamedOneByOne() {
        int documents = 5_000;
        GeneratedEnvelope envelope = new GeneratedEnvelope(documents);
        AtomicLong bytesAtFirstDocument = new AtomicLong(-1);
        AtomicLong count = new AtomicLong();

        long read = new DteReader().read(envelope, "grande.xml", document -> {
            bytesAtFirstDocument.compareAndSet(-1, envelope.served());
            count.incrementAndGet();
        });

        assertEquals(documents, read);
        assertEquals(documents, count.get());
        assertTrue(bytesAtFirstDocument.get() < envelope.served() / 100,
                "first DTE arrived after " + bytesAtFirstDocument.get() + " of "
                        + envelope.served() + " bytes");
    }

    private static DteReader reader(ReaderLimits limits) {
        return new DteReader(DteReaderOptions.DEFAULTS.withLimits(limits));
    }

    /** An EnvioDTE of many invoices produced on demand, never held whole in memory. */
    static final class GeneratedEnvelope extends InputStream {
        private final int documents;
        private int next;
        private byte[] chunk = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<EnvioDTE xmlns=\"http://www.sii.cl/SiiDte\"><SetDTE>")
                .getBytes(StandardCharsets.ISO_8859_1);
        private int offset;
        private long served;

        GeneratedEnvelope(int documents) {
            this.documents = documents;
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            if (!ensureChunk()) {
                return -1;
            }
            served++;
            return chunk[offset++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int start, int length) {
            if (length == 0) {
                return 0;
            }
            if (!ensureChunk()) {
                return -1;
            }
            int copied = Math.min(length, chunk.length - offset);
            System.arraycopy(chunk, offset, buffer, start, copied);
            offset += copied;
            served += copied;
            return copied;
        }

        private boolean ensureChunk() {
            while (offset == chunk.length) {
                if (next > documents) {
                    return false;
                }
                chunk = next == documents ? "</SetDTE></EnvioDTE>".getBytes(StandardCharsets.UTF_8)
                        : invoice(next + 1).getBytes(StandardCharsets.ISO_8859_1);
                offset = 0;
                next++;
            }
            return true;
        }

        private static String invoice(int folio) {
            return "<DTE version=\"1.0\"><Documento><Encabezado><IdDoc><TipoDTE>33</TipoDTE>"
                    + "<Folio>" + folio + "</Folio><FchEmis>2024-03-04</FchEmis></IdDoc>"
                    + "<Emisor><RUTEmisor>76123456-0</RUTEmisor><RznSoc>Ferretería</RznSoc>"
                    + "</Emisor><Receptor><RUTRecep>77654321-7</RUTRecep></Receptor><Totales>"
                    + "<MntNeto>1000</MntNeto><IVA>190</IVA><MntTotal>1190</MntTotal></Totales>"
                    + "</Encabezado><Detalle><NmbItem>Clavos</NmbItem><MontoItem>1000</MontoItem>"
                    + "</Detalle></Documento></DTE>\n";
        }
    }
}
