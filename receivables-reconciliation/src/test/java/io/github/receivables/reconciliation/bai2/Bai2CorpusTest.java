package io.github.receivables.reconciliation.bai2;

import static io.github.receivables.reconciliation.text.Samples.assertClosing;
import static io.github.receivables.reconciliation.text.Samples.assertTotals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.text.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads every BAI2 sample. The expected counts and sums were added up by hand from the 16 records
 * (type codes 100-399 credit, 400-699 debit, amounts in cents), not taken from the reader.
 */
class Bai2CorpusTest {

    private static final Set<String> FILES = Set.of("ach_returns_long_text.bai",
            "ca_cad_returned_cheques.bai", "parse_error.bai", "sample2.bai");

    private static List<BankStatement> read(Bai2Options options, String file) {
        return Samples.read(new Bai2Reader(options), "bai2", file);
    }

    @Test
    void everySampleHasACase() {
        assertEquals(FILES, Samples.fileNames("bai2"));
    }

    @Test
    void achReturnsControlTotalMismatchRejected() {
        Path file = Samples.file("bai2", "ach_returns_long_text.bai");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Samples.read(new Bai2Reader(), file));
        assertEquals(22, error.position().line());
        assertTrue(error.getMessage().contains("-1260161341762"), error.getMessage());
    }

    @Test
    void achReturnsLenientReadsLongText() {
        List<BankStatement> statements =
                read(Bai2Options.DEFAULTS.withLenient(true), "ach_returns_long_text.bai");
        assertTotals(statements, 5, 20, "37986021.19", "318125.17");
        assertClosing(statements.get(2), "1593811.94");
        List<String> text = statements.get(1).entries().get(1).details().get(0).remittanceText();
        assertEquals(8, text.size());
        assertTrue(text.get(0).startsWith("ACH Credit Reject,From: TEST INC"), text.get(0));
        assertEquals("DABA: 026015079", text.get(7));
        boolean colonWarning = statements.get(2).warnings().stream()
                .anyMatch(w -> w.message().contains("':'"));
        assertTrue(colonWarning, "warning for 88: in place of 88,");
    }

    @Test
    void caCadTwoAccountsWithMatchingTotals() {
        List<BankStatement> statements = read(Bai2Options.DEFAULTS, "ca_cad_returned_cheques.bai");
        assertTotals(statements, 2, 17, "3200.00", "3200.00");
        assertEquals("CAD", statements.get(0).header().currency());
        assertNull(statements.get(0).trailer().closing());
        assertEquals(List.of("RETURNED CHEQUE"),
                statements.get(0).entries().get(0).details().get(0).remittanceText());
    }

    @Test
    void parseErrorRejectedAtFirstRecord() {
        Path file = Samples.file("bai2", "parse_error.bai");
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> Samples.read(new Bai2Reader(), file));
        assertEquals(1, error.position().line());
        assertTrue(error.getMessage().contains("record 00"), error.getMessage());
        assertTrue(error.getMessage().contains("expected record 01"), error.getMessage());
    }

    @Test
    void sample2SpecificationExample() {
        List<BankStatement> statements = read(Bai2Options.DEFAULTS, "sample2.bai");
        assertTotals(statements, 5, 4, "309500.00", "0");
        assertEquals("USD", statements.get(0).header().currency());
        assertEquals(List.of("PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO"),
                statements.get(2).entries().get(0).details().get(0).remittanceText());
        assertEquals(0, statements.get(0).header().opening().amount().value()
                .compareTo(new java.math.BigDecimal("43500.00")));
    }
}
