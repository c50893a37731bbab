package io.github.receivables.reconciliation.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of the CSV sample corpus with its preset. The expected counts, sums and
 * balances were worked out by hand from the files' text.
 */
class CsvCorpusTest {

    private record Expected(int entries, String credits, String debits, String closing) {}

    private static BankStatement read(String file, String preset) throws IOException {
        Path path = SampleFiles.csvFolder().resolve(file);
        ColumnMapping mapping = MappingPresets.load(preset);
        StatementReader reader = file.endsWith(".xls") || file.endsWith(".xlsx")
                ? new SpreadsheetStatementReader(mapping)
                : new CsvStatementReader(mapping);
        try (InputStream in = Files.newInputStream(path)) {
            List<BankStatement> statements = reader.readAll(in, file);
            assertEquals(1, statements.size(), file + " statements");
            return statements.get(0);
        }
    }

    private static void assertTotals(BankStatement statement, Expected expected) {
        List<StatementEntry> entries = statement.entries();
        assertEquals(expected.entries(), entries.size(), "entry count");
        BigDecimal credits = BigDecimal.ZERO;
        BigDecimal debits = BigDecimal.ZERO;
        for (StatementEntry entry : entries) {
            BigDecimal value = entry.amount().value();
            if (value.signum() > 0) {
                credits = credits.add(value);
            } else {
                debits = debits.subtract(value);
            }
        }
        assertEquals(0, new BigDecimal(expected.credits()).compareTo(credits),
                "sum of credits " + credits);
        assertEquals(0, new BigDecimal(expected.debits()).compareTo(debits),
                "sum of debits " + debits);
        if (expected.closing() == null) {
            assertNull(statement.trailer().closing(), "closing balance");
        } else {
            assertNotNull(statement.trailer().closing(), "closing balance");
            assertEquals(0, new BigDecimal(expected.closing())
                    .compareTo(statement.trailer().closing().amount().value()),
                    "closing " + statement.trailer().closing());
        }
    }

    @Test
    void adyenSettlementReport() throws IOException {
        BankStatement statement = read("adyen_settlement_238.csv", "adyen_settlement_detail");
        assertTotals(statement, new Expected(3, "454331.99", "454331.99", null));
        assertEquals("USD", statement.entries().get(1).amount().currency());
        assertEquals("Fee", statement.entries().get(1).transactionCode().proprietary());
        assertEquals("238", statement.entries().get(0).extra().get("Batch Number"));
    }

    @Test
    void commerzbankWithBomAndZeroLines() throws IOException {
        BankStatement statement = read("de_commerzbank.csv", "de_commerzbank");
        assertTotals(statement, new Expected(7, "0", "73.74", null));
        // The sample's IBAN has wrong check digits, so it is kept as a plain account number.
        assertEquals("DE79500400000123456700", statement.header().account().value());
        assertEquals(0, statement.entries().get(1).amount().value().signum());
    }

    @Test
    void glsBankNewestFirstWithRunningBalance() throws IOException {
        BankStatement statement = read("de_gls_bank.csv", "de_gls_bank");
        assertTotals(statement, new Expected(18, "2783.88", "3374.10", "28764.28"));
        assertEquals(0, new BigDecimal("29354.50").compareTo(
                statement.trailer().otherBalances().get(0).amount().value()), "opening");
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
        assertEquals(0, statement.warnings().size(), "warnings " + statement.warnings());
    }

    @Test
    void sparkasseCamtV8WithPendingRows() throws IOException {
        BankStatement statement = read("de_sparkasse_camt_v8.csv", "de_sparkasse_camt_v8");
        assertTotals(statement, new Expected(10, "381.30", "1302.57", null));
        long pending = statement.entries().stream()
                .filter(e -> e.status() == EntryStatus.PENDING).count();
        assertEquals(3, pending, "pending entries");
        assertEquals("2512050854-0000010",
                statement.entries().get(1).details().get(0).endToEndId());
    }

    @Test
    void debitAndCreditColumns() throws IOException {
        BankStatement statement = read("oca_debit_credit_cols.csv", "generic_us_debit_credit");
        assertTotals(statement, new Expected(4, "53.50", "1513.50", "1510.00"));
        BalanceCheck check = statement.trailer().balanceCheck();
        BalanceCheck.Mismatch mismatch = assertInstanceOf(BalanceCheck.Mismatch.class, check);
        assertEquals(0, new BigDecimal("-1490.00").compareTo(mismatch.computedClosing()));
    }

    @Test
    void frenchMetadataHeader() throws IOException {
        BankStatement statement = read("oca_fr_metadata_header.csv", "fr_bank_metadata_header");
        assertTotals(statement, new Expected(4, "1300.00", "230.68", "31070.11"));
        assertEquals("08088804068", statement.header().account().value());
        assertEquals("EUR", statement.header().currency());
        assertEquals(LocalDate.of(2020, 4, 1), statement.header().fromDate());
        assertEquals(LocalDate.of(2020, 4, 2), statement.header().toDate());
        assertEquals(0, new BigDecimal("30000.77").compareTo(
                statement.trailer().otherBalances().get(0).amount().value()), "opening");
        BalanceCheck.Mismatch mismatch = assertInstanceOf(
                BalanceCheck.Mismatch.class, statement.trailer().balanceCheck());
        assertEquals(0, new BigDecimal("0.02").compareTo(mismatch.difference()));
    }

    @Test
    void genericForeignCurrency() throws IOException {
        BankStatement statement = read("oca_generic_fx.csv", "generic_us_fx");
        assertTotals(statement, new Expected(2, "1525.00", "33.50", null));
        var instructed = statement.entries().get(1).details().get(0).instructedAmount();
        assertEquals("EUR", instructed.currency());
        assertEquals(0, new BigDecimal("1000").compareTo(instructed.value()));
        assertNull(statement.entries().get(0).details().get(0).instructedAmount());
    }

    @Test
    void paypalSpanish() throws IOException {
        BankStatement statement = read("paypal_es.csv", "paypal_es");
        assertTotals(statement, new Expected(4, "131.08", "0", "4710.30"));
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
        assertEquals(0, new BigDecimal("1.78").compareTo(
                statement.entries().get(0).details().get(0).charges().value()), "fee");
    }

    @Test
    void bancoDeChileCartola() throws IOException {
        BankStatement statement = read("cl_bancochile_cartola.xls", "cl_bancochile_cartola");
        assertTotals(statement, new Expected(10, "269040", "1247866", "521174"));
        assertEquals("00-123-45678-90", statement.header().account().value());
        assertEquals(0, new BigDecimal("1500000").compareTo(
                statement.header().opening().amount().value()), "opening");
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
        assertEquals(0, statement.warnings().size(), "warnings " + statement.warnings());
    }
}
