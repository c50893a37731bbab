package io.github.receivables.reconciliation.ofx;

import static io.github.receivables.reconciliation.text.Samples.assertClosing;
import static io.github.receivables.reconciliation.text.Samples.assertTotals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.text.Samples;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reads every OFX sample. Expected values were read by hand from the TRNAMT and BALAMT tags. */
class OfxCorpusTest {

    private static final Set<String> FILES = Set.of(
            "au_suncorp.ofx", "checking.ofx", "decimal_error.ofx", "oca_iban.ofx");

    private static List<BankStatement> read(String file) {
        return Samples.read(new OfxReader(), "ofx", file);
    }

    @Test
    void everySampleHasACase() {
        assertEquals(FILES, Samples.fileNames("ofx"));
    }

    @Test
    void auSuncorpXmlWithCdata() {
        List<BankStatement> statements = read("au_suncorp.ofx");
        assertTotals(statements, 1, 1, "0", "16.85");
        assertClosing(statements.get(0), "1234.12");
        assertEquals("AUD", statements.get(0).header().currency());
        assertEquals("EFTPOS WDL HANDYWAY ALDI STORE",
                statements.get(0).entries().get(0).details().get(0).counterparty().name());
    }

    @Test
    void checkingSgmlVersion102() {
        List<BankStatement> statements = read("checking.ofx");
        assertTotals(statements, 1, 3, "0.01", "59.51");
        assertClosing(statements.get(0), "100.99");
        assertEquals("319", statements.get(0).entries().get(2).extra().get("CHECKNUM"));
    }

    @Test
    void decimalErrorRejectedNamingValue() {
        Path file = Samples.file("ofx", "decimal_error.ofx");
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> Samples.read(new OfxReader(), file));
        assertEquals(36, error.position().line());
        assertTrue(error.getMessage().contains("'201120000000'"), error.getMessage());
    }

    @Test
    void ocaIbanBankAndCreditCardStatements() {
        List<BankStatement> statements = read("oca_iban.ofx");
        assertTotals(statements, 2, 4, "0", "360");
        assertClosing(statements.get(0), "2156.56");
        assertClosing(statements.get(1), "-562.00");
        assertEquals(ZoneOffset.ofHours(-8), statements.get(0).header().created().getOffset());
    }
}
