package io.github.receivables.reconciliation.camt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every camt sample and compares it with figures taken by hand from the XML: statement
 * count, entry count, sum of credit and of debit entry amounts, and the closing booked balance
 * (signed, with the scale written in the file).
 */
class CamtCorpusTest {

    /**
     * Expected figures for one file.
     *
     * @param closing the CLBD of every statement, signed, or null when the file has none
     */
    private record Expected(int statements, int entries, String credits, String debits,
            String closing) {}

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("genkgo_all_balance_types_v02.xml", new Expected(1, 1, "8.850", "0", "4.04")),
            Map.entry("genkgo_dt_holding_dttm.xml", new Expected(1, 0, "0", "0", null)),
            Map.entry("genkgo_five_decimals_v02.xml", new Expected(1, 1, "8.850", "0", "27.050")),
            Map.entry("genkgo_party_ids_v02.xml", new Expected(1, 1, "8.85", "0", "-27.00")),
            Map.entry("oca_bundle.zip", new Expected(2, 6, "2810.62", "2696.60", "15121.12")),
            Map.entry("oca_ch_batch_txdtls_v04.xml",
                    new Expected(1, 1, "3483.00", "0", "79443.15")),
            Map.entry("oca_nl_abnamro_v02.xml",
                    new Expected(1, 3, "1405.31", "1418.30", "15121.12")),
            Map.entry("oca_no_entries_v04.xml", new Expected(1, 0, "0", "0", "1520.76")),
            Map.entry("postfinance_ch_v04.xml",
                    new Expected(1, 13, "1810.56", "1272.95", "322689.77")),
            Map.entry("six_business_sample_v04.xml",
                    new Expected(1, 3, "135678.50", "200000", "435678.50")),
            Map.entry("viafintech_batch.xml", new Expected(1, 3, "7688.00", "4753.74", "23038.20")),
            Map.entry("viafintech_debit.xml", new Expected(1, 4, "1.00", "11.00", "23.06")),
            Map.entry("viafintech_stuzza_at.xml", new Expected(1, 3, "400.00", "0", "550.00")),
            Map.entry("dvbern_collective_es.xml", new Expected(1, 1, "113.00", "0", null)),
            Map.entry("genkgo_uetr_v08.xml", new Expected(1, 1, "0", "200000", null)),
            Map.entry("oca_sps_v04.xml", new Expected(1, 1, "5.00", "0", null)),
            Map.entry("postfinance_es_v04.xml", new Expected(1, 1, "620.00", "0", null)),
            Map.entry("postfinance_esr_v04.xml", new Expected(1, 1, "0", "147.00", null)),
            Map.entry("postfinance_qrr_v04.xml", new Expected(1, 1, "1692.22", "0", null)),
            Map.entry("viafintech_v02.xml", new Expected(1, 4, "80.56", "21.53", null)));

    @TestFactory
    Stream<DynamicTest> corpusFileMatchesHandCount() {
        return CamtSamples.all().stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) {
        Expected expected = EXPECTED.get(file.getFileName().toString());
        assertNotNull(expected, "no hand count for " + file.getFileName() + "; add one to EXPECTED");
        List<BankStatement> statements = CamtSamples.read(file);
        List<StatementEntry> entries = statements.stream()
                .flatMap(statement -> statement.entries().stream()).toList();

        assertAll(
                () -> assertEquals(expected.statements(), statements.size(), "statements"),
                () -> assertEquals(expected.entries(), entries.size(), "entries"),
                () -> assertEquals(0, new BigDecimal(expected.credits())
                        .compareTo(sum(entries, CreditDebit.CREDIT)), "sum of credits"),
                () -> assertEquals(0, new BigDecimal(expected.debits())
                        .compareTo(sum(entries, CreditDebit.DEBIT).negate()), "sum of debits"),
                () -> checkClosing(expected, statements));
    }

    private static BigDecimal sum(List<StatementEntry> entries, CreditDebit direction) {
        return entries.stream()
                .filter(entry -> entry.direction() == direction)
                .map(entry -> entry.amount().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void checkClosing(Expected expected, List<BankStatement> statements) {
        for (BankStatement statement : statements) {
            if (expected.closing() == null) {
                assertNull(statement.trailer().closing(), "closing balance");
            } else {
                assertNotNull(statement.trailer().closing(), "closing balance");
                assertEquals(new BigDecimal(expected.closing()),
                        statement.trailer().closing().amount().value(), "closing balance as written");
            }
            assertTrue(statement.trailer().entryCount() == statement.entries().size(),
                    "trailer entry count");
        }
    }
}
