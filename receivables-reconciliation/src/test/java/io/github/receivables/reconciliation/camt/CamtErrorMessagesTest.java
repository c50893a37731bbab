package io.github.receivables.reconciliation.camt;

import static io.github.receivables.reconciliation.camt.CamtXml.camt053;
import static io.github.receivables.reconciliation.camt.CamtXml.entry;
import static io.github.receivables.reconciliation.camt.CamtXml.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Example tests for the position and wording of camt read errors. */
class CamtErrorMessagesTest {

    private static final String USTRD_PATH =
            "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]/RmtInf/Ustrd[1]";

    /** Builds a camt.053 document whose only remittance line, on line 7, is {@code remittance}. */
    private static String withRemittance(String remittance) {
        String xml = camt053(4, statement("Stmt", "S1", entry("10.00", "CRDT",
                "<Sts>BOOK</Sts><NtryDtls><TxDtls><RmtInf>\n<Ustrd>" + remittance
                        + "</Ustrd></RmtInf></TxDtls></NtryDtls>")));
        assertEquals(7, lineOf(xml, "<Ustrd>"), "test document layout");
        return xml;
    }

    private static long lineOf(String text, String marker) {
        return text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static MalformedStatementException failure(byte[] bytes) {
        return assertThrows(MalformedStatementException.class, () -> CamtReader.create()
                .readAll(new ByteArrayInputStream(bytes), "test.xml"));
    }

    private static MalformedStatementException failure(String xml) {
        return failure(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOneLineWithoutParserText(String message) {
        assertFalse(message.contains("\n"), "line break in: " + message);
        assertFalse(message.contains("[row,col"), "parser location in: " + message);
        assertFalse(message.contains("not (yet) implemented"), "parser text in: " + message);
        assertFalse(message.contains("ParseError"), "parser text in: " + message);
    }

    @Test
    void invalidUtf8OnLineSevenLocated() {
        String xml = withRemittance("Se\u00f1or");
        // ISO-8859-1 writes the n with tilde as the single byte 0xF1, which is not UTF-8.
        byte[] bytes = xml.getBytes(StandardCharsets.ISO_8859_1);
        MalformedStatementException e = failure(bytes);
        SourcePosition position = e.position();
        int lineStart = xml.lastIndexOf('\n', xml.indexOf("Se\u00f1or")) + 1;
        long column = xml.indexOf("\u00f1") - lineStart + 1;
        assertEquals(7, position.line(), e.getMessage());
        assertEquals(column, position.column(), e.getMessage());
        assertEquals(USTRD_PATH, position.path(), e.getMessage());
        assertTrue(e.getMessage().contains("0xF1"), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }

    @Test
    void invalidUtf8AfterManyBuffersLocated() {
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            entries.append(entry("1.00", "CRDT", "<Sts>BOOK</Sts>")).append('\n');
        }
        String xml = camt053(4, statement("Stmt", "S1", entries + entry("2.00", "CRDT",
                "<Sts>BOOK</Sts><AddtlNtryInf>Pe\u00f1a</AddtlNtryInf>")));
        MalformedStatementException e = failure(xml.getBytes(StandardCharsets.ISO_8859_1));
        String line = xml.substring(xml.lastIndexOf('\n', xml.indexOf("Pe\u00f1a")) + 1);
        assertEquals(lineOf(xml, "Pe\u00f1a"), e.position().line(), e.getMessage());
        assertEquals(line.indexOf('\u00f1') + 1, e.position().column(), e.getMessage());
        assertEquals("/Document/BkToCstmrStmt/Stmt[1]/Ntry[2001]/AddtlNtryInf",
                e.position().path(), e.getMessage());
    }

    @Test
    void invalidUtf8OnDeclarationLine() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- \u00e9 -->\n"
                + withRemittance("x").substring(39);
        MalformedStatementException e = failure(xml.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, e.position().line(), e.getMessage());
        assertEquals(xml.indexOf('\u00e9') + 1, e.position().column(), e.getMessage());
    }

    @Test
    void utf8CutInsideCharacterAtEndRejected() {
        byte[] full = withRemittance("x").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(full, full.length + 1);
        bytes[full.length] = (byte) 0xC3;
        MalformedStatementException e = failure(bytes);
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \t\r\n "})
    void emptyFileReportedAsEmpty(String content) {
        MalformedStatementException e = failure(content);
        assertTrue(e.getMessage().contains("the file is empty"), e.getMessage());
        assertFalse(e.getMessage().contains("end tag"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }

    @Test
    void undeclaredEntityNamedOnOneLine() {
        String xml = withRemittance("Factura &x; 1042");
        MalformedStatementException e = failure(xml);
        assertEquals(7, e.position().line(), e.getMessage());
        assertEquals(USTRD_PATH, e.position().path(), e.getMessage());
        assertTrue(e.getMessage().contains("&x;"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }

    @Test
    void truncatedFileMessageOnOneLine() {
        String xml = withRemittance("x");
        MalformedStatementException e = failure(xml.substring(0, xml.indexOf("<Ustrd>") + 3));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }

    @Test
    void malformedTagMessageOnOneLine() {
        String xml = withRemittance("x").replace("<Ustrd>", "<Ustrd a=>");
        MalformedStatementException e = failure(xml);
        assertEquals(7, e.position().line(), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }
}
