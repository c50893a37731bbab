package io.github.receivables.reconciliation.ofx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Example tests for the character encoding of OFX 2 XML files. */
class OfxXmlEncodingTest {

    /** Returns the test document with {@code Señor} in its first memo, on line 3. */
    private static String document(String declaredEncoding) {
        return OfxReaderTest.XML
                .replace("encoding=\"UTF-8\"", "encoding=\"" + declaredEncoding + "\"")
                .replace("<MEMO>INVOICE 7</MEMO>", "<MEMO>Se\u00f1or</MEMO>");
    }

    private static List<BankStatement> read(byte[] bytes) {
        return new OfxReader(OfxOptions.DEFAULTS).readAll(new ByteArrayInputStream(bytes),
                "test.ofx");
    }

    /** Runs a read that must fail and returns what it printed on standard error. */
    private static String standardErrorOfFailedRead(byte[] bytes) {
        PrintStream original = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThrows(MalformedStatementException.class, () -> read(bytes));
        } finally {
            System.setErr(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void latin1UnderUtf8DeclarationRejected() {
        byte[] bytes = document("UTF-8").getBytes(StandardCharsets.ISO_8859_1);
        MalformedStatementException e =
                assertThrows(MalformedStatementException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("0xF1"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("encoding=\"ISO-8859-1\""), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(3, e.position().line(), e.getMessage());
        int column = OfxReaderTest.XML.lines().toList().get(2).indexOf("INVOICE 7") + 3;
        assertEquals(column, e.position().column(), e.getMessage());
    }

    @Test
    void latin1UnderUtf8DeclarationPrintsNothing() {
        byte[] bytes = document("UTF-8").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("", standardErrorOfFailedRead(bytes));
    }

    @Test
    void latin1DeclaredEncodingRead() {
        byte[] bytes = document("ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1);
        BankStatement statement = read(bytes).get(0);
        String memo =
                String.join(" ", statement.entries().get(0).details().get(0).remittanceText());
        assertTrue(memo.contains("Se\u00f1or"), memo);
    }

    @Test
    void utf8WithoutDeclaredEncodingRead() {
        String text = document("UTF-8").replace(" encoding=\"UTF-8\"", "");
        BankStatement statement = read(text.getBytes(StandardCharsets.UTF_8)).get(0);
        String memo =
                String.join(" ", statement.entries().get(0).details().get(0).remittanceText());
        assertTrue(memo.contains("Se\u00f1or"), memo);
    }

    @Test
    void fileEndingInsideUtf8CharacterRejected() {
        byte[] whole = document("UTF-8").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(whole, whole.length + 1);
        bytes[whole.length] = (byte) 0xC3;
        MalformedStatementException e =
                assertThrows(MalformedStatementException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("0xC3"), e.getMessage());
        assertEquals(4, e.position().line(), e.getMessage());
        assertEquals("", standardErrorOfFailedRead(bytes));
    }

    @Test
    void unknownDeclaredEncodingRejected() {
        byte[] bytes = document("X-NO-SUCH-SET").getBytes(StandardCharsets.UTF_8);
        MalformedStatementException e =
                assertThrows(MalformedStatementException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("X-NO-SUCH-SET"), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals("", standardErrorOfFailedRead(bytes));
    }
}
