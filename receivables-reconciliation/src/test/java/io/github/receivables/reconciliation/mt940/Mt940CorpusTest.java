package io.github.receivables.reconciliation.mt940;

import static io.github.receivables.reconciliation.text.Samples.assertClosing;
import static io.github.receivables.reconciliation.text.Samples.assertConsistent;
import static io.github.receivables.reconciliation.text.Samples.assertMismatch;
import static io.github.receivables.reconciliation.text.Samples.assertTotals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.text.Samples;
import io.github.receivables.reconciliation.text.TextEncoding;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads every MT940 sample. The expected counts, sums and balances were worked out from the files
 * themselves, not from the reader: by hand for the small files, and for de_sepa_large.sta with a
 * text tool over its :61:, :60F: and :62F: lines.
 */
class Mt940CorpusTest {

    private static final Set<String> FILES = Set.of(
            "amount_formats.sta", "ch_postfinance.sta", "de_sepa_large.sta",
            "hu_raiffeisen_cmi.sta", "nl_abnamro.sta", "nl_ing_structured.940",
            "nl_rabo_old.swi", "nl_rabobank_iban.sta", "nl_sns.940", "nl_triodos.sta",
            "pl_mbank_mt942.sta", "us_citi.sta", "whitespace.sta");

    private static List<BankStatement> read(String file) {
        return Samples.read(new Mt940Reader(), "mt940", file);
    }

    @Test
    void everySampleHasACase() {
        assertEquals(FILES, Samples.fileNames("mt940"));
    }

    @Test
    void amountFormatsFragmentHasNoStatementStart() {
        Path file = Samples.file("mt940", "amount_formats.sta");
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> Samples.read(new Mt940Reader(), file));
        assertEquals(1, error.position().line());
        assertTrue(error.getMessage().contains(":20:"), error.getMessage());
    }

    @Test
    void chPostfinanceTwoPagesWithInterimBalances() {
        List<BankStatement> statements = read("ch_postfinance.sta");
        assertTotals(statements, 2, 4, "239.30", "79.90");
        assertClosing(statements.get(0), "229.20");
        assertEquals("62M", statements.get(0).trailer().closing().code());
        assertEquals("60M", statements.get(1).header().opening().code());
        assertClosing(statements.get(1), "159.60");
        assertConsistent(statements.get(0));
        assertMismatch(statements.get(1));
    }

    @Test
    void deSepaLargeManyStatements() {
        List<BankStatement> statements = read("de_sepa_large.sta");
        assertTotals(statements, 26, 97, "5188474.94", "14457610.84");
        assertClosing(statements.get(25), "50.05");
        statements.forEach(Samples::assertConsistent);
        long reversals = statements.stream().flatMap(s -> s.entries().stream())
                .filter(e -> e.reversal()).count();
        assertEquals(2, reversals);
    }

    @Test
    void huRaiffeisenCodePage852() {
        Mt940Options options = Mt940Options.DEFAULTS
                .withEncoding(TextEncoding.fixed(Charset.forName("IBM852")));
        List<BankStatement> statements =
                Samples.read(new Mt940Reader(options), "mt940", "hu_raiffeisen_cmi.sta");
        assertTotals(statements, 1, 7, "2066637.00", "3078850.50");
        assertClosing(statements.get(0), "25281687.60");
        assertMismatch(statements.get(0));
        assertEquals("Csoportos átutalás jóváírása",
                statements.get(0).entries().get(0).additionalInfo());
        assertEquals("F", statements.get(0).entries().get(0).extra().get("fundsCode"));
    }

    @Test
    void nlAbnamroPreambleLinesAndTwoStatements() {
        List<BankStatement> statements = read("nl_abnamro.sta");
        assertTotals(statements, 2, 10, "0", "345.93");
        assertClosing(statements.get(0), "876.84");
        assertClosing(statements.get(1), "1849.75");
        assertMismatch(statements.get(0));
    }

    @Test
    void nlIngSwiftBlocksAndStructuredInformation() {
        List<BankStatement> statements = read("nl_ing_structured.940");
        assertTotals(statements, 1, 8, "36.58", "134.46");
        assertClosing(statements.get(0), "564.35");
        assertConsistent(statements.get(0));
        assertEquals("00000", statements.get(0).header().sequenceNumber());
        assertEquals("MS03", statements.get(0).entries().get(2).details().get(0).returnReason());
    }

    @Test
    void nlRaboOldFourStatementsWithoutDashes() {
        List<BankStatement> statements = read("nl_rabo_old.swi");
        assertTotals(statements, 4, 2, "400.00", "34.61");
        assertClosing(statements.get(3), "4798.91");
        statements.forEach(Samples::assertConsistent);
        assertEquals("R. SMITH",
                statements.get(0).entries().get(0).details().get(0).counterparty().name());
    }

    @Test
    void nlRabobankIbanTwoStatements() {
        List<BankStatement> statements = read("nl_rabobank_iban.sta");
        assertTotals(statements, 2, 4, "0", "70.00");
        assertClosing(statements.get(0), "965.00");
        assertClosing(statements.get(1), "930.00");
        statements.forEach(Samples::assertConsistent);
    }

    @Test
    void nlSnsThirdStatementWithoutClosing() {
        List<BankStatement> statements = read("nl_sns.940");
        assertTotals(statements, 3, 8, "0", "1715.68");
        assertClosing(statements.get(0), "2264.52");
        assertClosing(statements.get(1), "2253.57");
        assertNull(statements.get(2).trailer().closing());
        assertConsistent(statements.get(0));
        assertConsistent(statements.get(1));
    }

    @Test
    void nlTriodosAngleBracketSubfields() {
        List<BankStatement> statements = read("nl_triodos.sta");
        assertTotals(statements, 1, 2, "0", "715.70");
        assertClosing(statements.get(0), "4370.79");
        assertMismatch(statements.get(0));
        assertEquals(List.of("HUUR KANTOOR - FEB 2010"),
                statements.get(0).entries().get(1).details().get(0).remittanceText());
    }

    @Test
    void plMbankInterimReport() {
        List<BankStatement> statements = read("pl_mbank_mt942.sta");
        assertTotals(statements, 1, 3, "0.03", "0");
        assertEquals(StatementFormat.MT942, statements.get(0).header().format());
        assertEquals("PLN", statements.get(0).header().currency());
        assertNull(statements.get(0).trailer().closing());
    }

    @Test
    void usCitiSpacesForEntryDate() {
        List<BankStatement> statements = read("us_citi.sta");
        assertTotals(statements, 1, 5, "0", "1142.75");
        assertClosing(statements.get(0), "16233.92");
        assertConsistent(statements.get(0));
    }

    @Test
    void whitespaceContinuationKeepsLeadingSpace() {
        List<BankStatement> statements = read("whitespace.sta");
        assertTotals(statements, 1, 1, "0", "233.15");
        assertClosing(statements.get(0), "12345.98");
        assertMismatch(statements.get(0));
        assertEquals("DEUTSCHE KREDITBANK AG",
                statements.get(0).entries().get(0).details().get(0).counterparty().name());
    }
}
