package io.github.receivables.reconciliation.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.mt940.Mt940Options;
import io.github.receivables.reconciliation.mt940.Mt940Reader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAllWarningsTest {

    private static final InputStream NO_INPUT = new ByteArrayInputStream(new byte[0]);

    private static List<String> messages(BankStatement statement) {
        return statement.warnings().stream().map(ReaderWarning::message).toList();
    }

    @Test
    void warningBeforeStatementKept() {
        List<BankStatement> statements = new ScriptedReader("WS").readAll(NO_INPUT, "a.sta");
        assertEquals(List.of("warning 1"), messages(statements.get(0)));
    }

    @Test
    void warningAfterLastStatementKept() {
        List<BankStatement> statements = new ScriptedReader("SSW").readAll(NO_INPUT, "a.sta");
        assertEquals(2, statements.size());
        assertEquals(List.of(), messages(statements.get(0)));
        assertEquals(List.of("warning 3"), messages(statements.get(1)));
    }

    @Test
    void warningsBetweenAndAfterStatementsKept() {
        List<BankStatement> statements = new ScriptedReader("WSWSW").readAll(NO_INPUT, "a.sta");
        assertEquals(List.of("warning 1"), messages(statements.get(0)));
        assertEquals(List.of("warning 3", "warning 5"), messages(statements.get(1)));
    }

    @Test
    void warningsWithoutStatementRejected() {
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> new ScriptedReader("WW").readAll(NO_INPUT, "junk.sta"));
        assertTrue(error.getMessage().startsWith("junk.sta: no statement found"),
                error.getMessage());
        assertTrue(error.getMessage().contains("2 warnings"), error.getMessage());
        assertTrue(error.getMessage().contains("junk.sta line 1: warning 1"), error.getMessage());
    }

    @Test
    void nothingReadGivesEmptyList() {
        assertEquals(List.of(), new ScriptedReader("").readAll(NO_INPUT, "empty.sta"));
    }

    @Test
    void warningsBeyondLimitCountedNotKept() {
        ReaderLimits limits = ReaderLimits.DEFAULTS.withMaxWarnings(3);
        List<BankStatement> statements =
                new ScriptedReader("SWW", 5, limits).readAll(NO_INPUT, "a.sta");
        List<ReaderWarning> warnings = statements.get(0).warnings();
        assertEquals(4, warnings.size());
        assertEquals("warning 4", warnings.get(2).message());
        ReaderWarning summary = warnings.get(3);
        assertTrue(summary.message().startsWith("4 more warnings"), summary.message());
        assertTrue(summary.message().contains("maxWarnings = 3"), summary.message());
        assertEquals(5, summary.position().line(), "position of the first dropped warning");
    }

    @Test
    void twoMillionWarningsKeepDefaultLimit() {
        List<BankStatement> statements = new ScriptedReader("S", 2_000_000, ReaderLimits.DEFAULTS)
                .readAll(NO_INPUT, "big.sta");
        List<ReaderWarning> warnings = statements.get(0).warnings();
        assertEquals(1_001, warnings.size());
        assertTrue(warnings.get(1_000).message().startsWith("1999000 more warnings"),
                warnings.get(1_000).message());
    }

    @Test
    void mt940JunkAfterLastStatementKept() {
        String text = ":20:STMT1\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C240101EUR100,00\n"
                + ":62F:C240101EUR100,00\n-\njunk after the end\n";
        List<BankStatement> statements = new Mt940Reader(Mt940Options.DEFAULTS).readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "junk.sta");
        assertEquals(1, statements.size());
        List<ReaderWarning> warnings = statements.get(0).warnings();
        assertEquals(1, warnings.size());
        assertEquals(7, warnings.get(0).position().line());
    }
}
