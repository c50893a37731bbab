package io.github.receivables.reconciliation.camt;

import static io.github.receivables.reconciliation.camt.CamtXml.balance;
import static io.github.receivables.reconciliation.camt.CamtXml.camt053;
import static io.github.receivables.reconciliation.camt.CamtXml.entry;
import static io.github.receivables.reconciliation.camt.CamtXml.statement;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementException;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken input ends in a typed {@link StatementException} within the limits, never
 * in an OutOfMemoryError or a hang. The timeouts only guard against hangs.
 */
class CamtHostileInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    private static final String VALID = camt053(4, statement("Stmt", "S1",
            balance("OPBD", "100.00", "CRDT") + balance("CLBD", "150.00", "CRDT")
                    + entry("50.00", "CRDT", "<Sts>BOOK</Sts>")));

    @Test
    void billionLaughsRejectedAsDoctype() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [\n<!ENTITY l0 \"ha\">\n"
                + entities() + "]>\n<Document xmlns=\"" + CamtXml.namespace("053", 4)
                + "\"><BkToCstmrStmt>&l9;</BkToCstmrStmt></Document>";
        MalformedStatementException e = expect(MalformedStatementException.class, bytes(laughs));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.position().line() > 0, "position names a line");
    }

    private static String entities() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            String previous = "&l" + (i - 1) + ";";
            text.append("<!ENTITY l").append(i).append(" \"").append(previous.repeat(10))
                    .append("\">\n");
        }
        return text.toString();
    }

    @Test
    void externalEntityNeverRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]>\n<Document xmlns=\"" + CamtXml.namespace("053", 4)
                + "\"><BkToCstmrStmt><GrpHdr><MsgId>&x;</MsgId></GrpHdr></BkToCstmrStmt></Document>";
        MalformedStatementException e = expect(MalformedStatementException.class, bytes(xxe));
        assertFalse(e.getMessage().contains("root:"), "file content leaked: " + e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void externalDtdWithoutInternalSubsetRejected() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \"file:///etc/passwd\">\n"
                + VALID.substring(VALID.indexOf("<Document"));
        expect(MalformedStatementException.class, bytes(xml));
    }

    @Test
    void hundredMegabyteTextNodeStopsAtFieldLimit() {
        String prefix = VALID.substring(0, VALID.indexOf("<Sts>")) + "<AddtlNtryInf>";
        GeneratedInput input = new GeneratedInput(prefix, "abcdefghij", HUNDRED_MB,
                "</AddtlNtryInf>" + VALID.substring(VALID.indexOf("<Sts>")));
        LimitExceededException e = expect(LimitExceededException.class, input);
        assertTrue(e.getMessage().contains("maxFieldLength"), e.getMessage());
        assertTrue(e.position().path().endsWith("/AddtlNtryInf"), e.position().path());
        assertTrue(input.position() < 1024 * 1024, "read " + input.position() + " bytes");
    }

    @Test
    void hundredMegabyteTextNodeInSkippedElementStops() {
        String prefix = VALID.substring(0, VALID.indexOf("<Sts>")) + "<Unknown>";
        GeneratedInput input = new GeneratedInput(prefix, "x", HUNDRED_MB, "</Unknown></Ntry>");
        expect(LimitExceededException.class, input);
    }

    @Test
    void hundredMegabyteAttributeStopsAtMarkupLimit() {
        GeneratedInput input = new GeneratedInput("<?xml version=\"1.0\"?><Document a=\"", "y",
                HUNDRED_MB, "\"/>");
        LimitExceededException e = expect(LimitExceededException.class, input);
        assertTrue(input.position() < 1024 * 1024, "read " + input.position() + " bytes");
        assertTrue(e.getMessage().contains("tag"), e.getMessage());
    }

    @Test
    void hundredMegabyteCommentStopsAtMarkupLimit() {
        GeneratedInput input = new GeneratedInput("<?xml version=\"1.0\"?><!--", "-a>",
                HUNDRED_MB, "-->" + VALID.substring(VALID.indexOf("<Document")));
        LimitExceededException e = expect(LimitExceededException.class, input);
        assertTrue(e.getMessage().contains("comment"), e.getMessage());
    }

    @Test
    void hundredMegabyteCommentWithAnglesStops() {
        GeneratedInput input = new GeneratedInput("<?xml version=\"1.0\"?><!--", "a<b>",
                HUNDRED_MB, "-->" + VALID.substring(VALID.indexOf("<Document")));
        LimitExceededException e = expect(LimitExceededException.class, input);
        assertTrue(input.position() < 1024 * 1024, "read " + input.position() + " bytes");
        assertTrue(e.getMessage().contains("comment"), e.getMessage());
    }

    @Test
    void hundredMegabyteCdataStops() {
        String prefix = VALID.substring(0, VALID.indexOf("<Sts>")) + "<AddtlNtryInf><![CDATA[";
        GeneratedInput input = new GeneratedInput(prefix, "<x>", HUNDRED_MB, "]]></AddtlNtryInf>");
        expect(LimitExceededException.class, input);
        assertTrue(input.position() < 1024 * 1024, "read " + input.position() + " bytes");
    }

    @Test
    void tenThousandDeepNestingStopsAtDepthLimit() {
        String open = "<Document xmlns=\"" + CamtXml.namespace("053", 4) + "\"><BkToCstmrStmt>";
        GeneratedInput input = new GeneratedInput(open, "<a>", 3L * 10_000, "");
        LimitExceededException e = expect(LimitExceededException.class, input);
        assertTrue(e.getMessage().contains("maxDepth"), e.getMessage());
    }

    @Test
    void fileLargerThanLimitStops() {
        CamtReader reader = CamtReader.create().withLimits(ReaderLimits.DEFAULTS.withMaxFileBytes(1000));
        GeneratedInput input = new GeneratedInput(VALID.substring(0, VALID.indexOf("<Ntry>")),
                " ", HUNDRED_MB, "</Stmt></BkToCstmrStmt></Document>");
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> reader.readAll(input, "big.xml")));
        assertTrue(e.getMessage().contains("maxFileBytes"), e.getMessage());
        assertTrue(input.position() < 64 * 1024, "read " + input.position() + " bytes");
    }

    @Test
    void moreEntriesThanLimitStop() {
        CamtReader reader = CamtReader.create().withLimits(ReaderLimits.DEFAULTS.withMaxEntries(2));
        String xml = camt053(4, statement("Stmt", "S1", (entry("1.00", "CRDT", "<Sts>BOOK</Sts>"))
                .repeat(3)));
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> reader.readAll(bytes(xml), "many.xml"));
        assertTrue(e.position().path().contains("Ntry[3]"), e.position().path());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10, 39, 100, 250, 400, 600, 700})
    void truncatedFileRejected(int length) {
        byte[] full = VALID.getBytes(StandardCharsets.UTF_8);
        int cut = Math.min(length, full.length - 30);
        InputStream truncated = new ByteArrayInputStream(full, 0, cut);
        expect(MalformedStatementException.class, truncated);
    }

    @Test
    void latinOneBytesDeclaredUtf8Rejected() {
        String xml = VALID.replace("<Sts>BOOK</Sts>", "<Sts>BOOK</Sts><AddtlNtryInf>Café</AddtlNtryInf>");
        MalformedStatementException e = expect(MalformedStatementException.class,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
        assertTrue(e.position().line() > 0, "names a line");
    }

    @Test
    void utf16GarbageRejected() {
        byte[] garbage = new byte[4096];
        new Random(20_022).nextBytes(garbage);
        garbage[0] = (byte) 0xFE;
        garbage[1] = (byte) 0xFF;
        expect(MalformedStatementException.class, new ByteArrayInputStream(garbage));
    }

    @Test
    void utf16DeclaredOverAsciiBytesRejected() {
        String xml = VALID.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        expect(MalformedStatementException.class, bytes(xml));
    }

    @Test
    void unknownEncodingNameRejected() {
        String xml = VALID.replace("encoding=\"UTF-8\"", "encoding=\"X-NO-SUCH\"");
        MalformedStatementException e = expect(MalformedStatementException.class, bytes(xml));
        assertTrue(e.getMessage().contains("X-NO-SUCH"), e.getMessage());
    }

    @Test
    void latinOneDeclaredReadsAccents() {
        String xml = VALID.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("<Sts>BOOK</Sts>", "<Sts>BOOK</Sts><AddtlNtryInf>Café</AddtlNtryInf>");
        byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);
        assertTrue("Café".equals(CamtReader.create().readAll(new ByteArrayInputStream(latin1),
                "latin1.xml").get(0).entries().get(0).additionalInfo()), "decoded as Latin-1");
    }

    @Test
    void utf16DocumentWithBomReads() {
        byte[] utf16 = VALID.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                .getBytes(StandardCharsets.UTF_16);
        assertTrue(CamtReader.create().readAll(new ByteArrayInputStream(utf16), "u16.xml").size() == 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:iso:std:iso:20022:tech:xsd:camt.053.001.14",
        "urn:iso:std:iso:20022:tech:xsd:camt.053.001.01",
        "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09", ""})
    void unknownNamespaceNamedInError(String namespace) {
        String xml = VALID.replace("xmlns=\"" + CamtXml.namespace("053", 4) + "\"",
                namespace.isEmpty() ? "" : "xmlns=\"" + namespace + "\"");
        UnsupportedVersionException e = expect(UnsupportedVersionException.class, bytes(xml));
        assertTrue(e.getMessage().contains("'" + namespace + "'"), e.getMessage());
    }

    private static InputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static <T extends StatementException> T expect(Class<T> type, InputStream input) {
        return assertThrows(type, () -> assertTimeoutPreemptively(HANG_GUARD,
                () -> CamtReader.create().readAll(input, "hostile.xml")));
    }
}
