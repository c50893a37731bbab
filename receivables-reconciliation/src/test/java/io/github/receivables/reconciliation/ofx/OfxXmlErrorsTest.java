package io.github.receivables.reconciliation.ofx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.MalformedStatementException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Example tests for the position and wording of OFX 2 XML syntax errors. */
class OfxXmlErrorsTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\""
            + " NEWFILEUID=\"NONE\"?>\n";

    private static MalformedStatementException failure(String text) {
        return assertThrows(MalformedStatementException.class, () -> new OfxReader(
                OfxOptions.DEFAULTS).readAll(new ByteArrayInputStream(
                        text.getBytes(StandardCharsets.UTF_8)), "test.ofx"));
    }

    private static void assertOneLineWithoutParserText(String message) {
        assertFalse(message.contains("\n"), "line break in: " + message);
        assertFalse(message.contains("ParseError"), "parser text in: " + message);
        assertFalse(message.contains("[row,col"), "parser location in: " + message);
        assertFalse(message.contains("Message:"), "parser text in: " + message);
    }

    @Test
    void truncatedDocumentOnOneLine() {
        MalformedStatementException e = failure(HEAD + "<OFX><SIGNONMSGSRSV1><SONRS>");
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }

    @Test
    void mismatchedEndTagNamedWithLineAndColumn() {
        MalformedStatementException e = failure(HEAD + "<OFX>\n<SIGNONMSGSRSV1></SONRS>\n</OFX>\n");
        assertEquals(4, e.position().line(), e.getMessage());
        assertTrue(e.position().column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("SIGNONMSGSRSV1"), e.getMessage());
        assertOneLineWithoutParserText(e.getMessage());
    }
}
