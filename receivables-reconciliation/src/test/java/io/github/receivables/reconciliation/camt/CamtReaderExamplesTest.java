package io.github.receivables.reconciliation.camt;

import static io.github.receivables.reconciliation.camt.CamtXml.balance;
import static io.github.receivables.reconciliation.camt.CamtXml.camt052;
import static io.github.receivables.reconciliation.camt.CamtXml.camt053;
import static io.github.receivables.reconciliation.camt.CamtXml.camt054;
import static io.github.receivables.reconciliation.camt.CamtXml.entry;
import static io.github.receivables.reconciliation.camt.CamtXml.read;
import static io.github.receivables.reconciliation.camt.CamtXml.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Example tests for how the camt reader models reversals, status, dates and statements. */
class CamtReaderExamplesTest {

    private static final String BOOKED = "<Sts>BOOK</Sts><BookgDt><Dt>2024-01-31</Dt></BookgDt>";

    private static StatementEntry onlyEntry(String xml) {
        List<BankStatement> statements = read(xml);
        assertEquals(1, statements.size(), "statements");
        assertEquals(1, statements.get(0).entries().size(), "entries");
        return statements.get(0).entries().get(0);
    }

    @Test
    void reversalMarkedAndNotSettled() {
        StatementEntry entry = onlyEntry(camt053(4, statement("Stmt", "S1",
                entry("6.00", "DBIT", "<RvslInd>true</RvslInd>" + BOOKED))));
        assertTrue(entry.reversal(), "reversal");
        assertEquals(CreditDebit.DEBIT, entry.direction());
        assertEquals(new BigDecimal("-6.00"), entry.amount().value());
        assertFalse(entry.isSettled(), "a reversal is not settled money");
    }

    @Test
    void pendingStatusAsText() {
        StatementEntry entry = onlyEntry(camt053(4, statement("Stmt", "S1",
                entry("10.00", "CRDT", "<Sts>PDNG</Sts>"))));
        assertEquals(EntryStatus.PENDING, entry.status());
        assertFalse(entry.isSettled(), "pending is not settled money");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOK", "PDNG", "INFO"})
    void statusAsCodeFromVersionEight(String code) {
        StatementEntry entry = onlyEntry(camt053(8, statement("Stmt", "S1",
                entry("10.00", "CRDT", "<Sts><Cd>" + code + "</Cd></Sts>"))));
        EntryStatus expected = switch (code) {
            case "BOOK" -> EntryStatus.BOOKED;
            case "PDNG" -> EntryStatus.PENDING;
            default -> EntryStatus.INFO;
        };
        assertEquals(expected, entry.status());
    }

    @Test
    void pendingEntriesLeftOutOfBalanceCheck() {
        BankStatement statement = read(camt053(8, statement("Stmt", "S1",
                balance("OPBD", "100.00", "CRDT") + balance("CLBD", "150.00", "CRDT")
                        + entry("50.00", "CRDT", "<Sts><Cd>BOOK</Cd></Sts>")
                        + entry("70.00", "CRDT", "<Sts><Cd>PDNG</Cd></Sts>")))).get(0);
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
    }

    @Test
    void batchSplitIntoTransactions() {
        String details = "<NtryDtls><Btch><NbOfTxs>3</NbOfTxs></Btch>"
                + tx("50.00", "E2E-1") + tx("30.00", "E2E-2") + tx("20.00", "E2E-3") + "</NtryDtls>";
        StatementEntry entry = onlyEntry(camt053(4, statement("Stmt", "S1",
                entry("100.00", "CRDT", BOOKED + details))));
        assertTrue(entry.isBatch(), "batch");
        assertEquals(3, entry.declaredTransactionCount());
        assertEquals(List.of("50.00", "30.00", "20.00"), entry.details().stream()
                .map(detail -> detail.amount().value().toPlainString()).toList());
        assertEquals(List.of("E2E-1", "E2E-2", "E2E-3"), entry.details().stream()
                .map(detail -> detail.endToEndId()).toList());
        assertEquals(entry.id() + "-2", entry.details().get(2).id());
    }

    private static String tx(String amount, String endToEndId) {
        return "<TxDtls><Refs><EndToEndId>" + endToEndId + "</EndToEndId></Refs><Amt Ccy=\"CHF\">"
                + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>";
    }

    @Test
    void batchTotalMismatchWarned() {
        String details = "<NtryDtls>" + tx("50.00", "A") + tx("30.00", "B") + "</NtryDtls>";
        BankStatement statement = read(camt053(4, statement("Stmt", "S1",
                entry("100.00", "CRDT", BOOKED + details)))).get(0);
        assertEquals(new BigDecimal("100.00"), statement.entries().get(0).amount().value());
        assertEquals(1, statement.warnings().size(), "warnings");
        assertTrue(statement.warnings().get(0).message().contains("add up to 80.00"),
                statement.warnings().get(0).message());
        assertTrue(statement.warnings().get(0).position().path().endsWith("Ntry[1]"),
                statement.warnings().get(0).position().path());
    }

    @Test
    void batchTransactionAmountFromAmountDetailsInVersionTwo() {
        String details = "<NtryDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy=\"CHF\">3.50</Amt></TxAmt>"
                + "</AmtDtls></TxDtls><TxDtls><AmtDtls><TxAmt><Amt Ccy=\"CHF\">2.50</Amt></TxAmt>"
                + "</AmtDtls></TxDtls></NtryDtls>";
        StatementEntry entry = onlyEntry(camt053(2, statement("Stmt", "S1",
                entry("6.00", "DBIT", BOOKED + details))));
        assertEquals(new BigDecimal("-3.50"), entry.details().get(0).amount().value());
        assertEquals(new BigDecimal("-2.50"), entry.details().get(1).amount().value());
    }

    @Test
    void batchTransactionWithoutAmountTakesRest() {
        String details = "<NtryDtls>" + tx("50.00", "A") + "<TxDtls/></NtryDtls>";
        BankStatement statement = read(camt053(4, statement("Stmt", "S1",
                entry("80.00", "CRDT", BOOKED + details)))).get(0);
        assertEquals(new BigDecimal("30.00"),
                statement.entries().get(0).details().get(1).amount().value());
        assertEquals(1, statement.warnings().size(), "warnings");
    }

    @Test
    void singleTransactionWithoutAmountTakesEntryAmount() {
        StatementEntry entry = onlyEntry(camt053(4, statement("Stmt", "S1",
                entry("12.34500", "CRDT", BOOKED + "<NtryDtls><TxDtls><Refs><TxId>T1</TxId></Refs>"
                        + "</TxDtls></NtryDtls>"))));
        assertEquals(new BigDecimal("12.34500"), entry.details().get(0).amount().value());
        assertEquals("T1", entry.details().get(0).transactionId());
    }

    @Test
    void dateTimeAcceptedWhereDateExpected() {
        StatementEntry entry = onlyEntry(camt053(4, statement("Stmt", "S1", entry("1.00", "CRDT",
                "<Sts>BOOK</Sts><BookgDt><DtTm>2024-01-31T23:30:00-05:00</DtTm></BookgDt>"
                        + "<ValDt><Dt>2024-02-01T00:15:00.123456789</Dt></ValDt>"))));
        assertEquals(LocalDate.of(2024, 1, 31), entry.bookingDate(), "date as written, no shift");
        assertEquals(LocalDate.of(2024, 2, 1), entry.valueDate());
    }

    @Test
    void dateWrappingDateTimeAccepted() {
        BankStatement statement = read(camt053(2, statement("Stmt", "S1",
                "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"RON\">5442.09000</Amt>"
                        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2025-07-23T00:00:00.000000000</DtTm>"
                        + "</Dt></Bal>"))).get(0);
        assertEquals(LocalDate.of(2025, 7, 23), statement.header().opening().date());
        assertEquals(new BigDecimal("5442.09000"), statement.header().opening().amount().value());
    }

    @Test
    void multipleStatementsInOneMessage() {
        List<BankStatement> statements = read(camt053(4,
                statement("Stmt", "S1", entry("1.00", "CRDT", BOOKED)),
                statement("Stmt", "S2", entry("2.00", "DBIT", BOOKED) + entry("3.00", "CRDT", BOOKED))));
        assertEquals(2, statements.size());
        assertEquals("S1", statements.get(0).header().statementId());
        assertEquals("S2", statements.get(1).header().statementId());
        assertEquals(2, statements.get(1).entries().size());
        assertEquals("MSG-1", statements.get(1).header().messageId());
        assertTrue(statements.get(1).entries().get(1).position().path()
                .endsWith("/Stmt[2]/Ntry[2]"), statements.get(1).entries().get(1).position().path());
    }

    @Test
    void notificationEntriesAllRead() {
        List<BankStatement> statements = read(camt054(8, statement("Ntfctn", "N1",
                entry("1.00", "CRDT", "<Sts><Cd>BOOK</Cd></Sts>")
                        + entry("2.00", "CRDT", "<Sts><Cd>PDNG</Cd></Sts>")
                        + entry("3.00", "DBIT", "<Sts><Cd>INFO</Cd></Sts>"))));
        BankStatement notification = statements.get(0);
        assertEquals(StatementFormat.CAMT_054, notification.header().format());
        assertEquals(3, notification.entries().size());
        assertEquals(3, notification.trailer().entryCount());
        assertInstanceOf(BalanceCheck.NotCheckable.class, notification.trailer().balanceCheck());
    }

    @Test
    void accountReportRead() {
        BankStatement report = read(camt052(13, statement("Rpt", "R1",
                balance("ITBD", "10.00", "DBIT") + entry("1.00", "CRDT", "<Sts><Cd>BOOK</Cd></Sts>"))))
                .get(0);
        assertEquals(StatementFormat.CAMT_052, report.header().format());
        assertEquals(BalanceType.INTERIM_BOOKED, report.trailer().otherBalances().get(0).type());
        assertEquals(new BigDecimal("-10.00"), report.trailer().otherBalances().get(0).amount().value());
    }

    @Test
    void balanceMismatchReportedNotCorrected() {
        BankStatement statement = read(camt053(4, statement("Stmt", "S1",
                balance("OPBD", "100.00", "CRDT") + balance("CLBD", "160.00", "CRDT")
                        + entry("50.00", "CRDT", BOOKED)))).get(0);
        BalanceCheck.Mismatch mismatch = assertInstanceOf(BalanceCheck.Mismatch.class,
                statement.trailer().balanceCheck());
        assertEquals(new BigDecimal("160.00"), mismatch.expectedClosing());
        assertEquals(new BigDecimal("150.00"), mismatch.computedClosing());
    }

    @Test
    void previousClosingUsedWithoutOpening() {
        BankStatement statement = read(camt053(2, statement("Stmt", "S1",
                balance("PRCD", "100.00", "DBIT") + balance("CLBD", "50.00", "CRDT")
                        + entry("150.00", "CRDT", BOOKED)))).get(0);
        assertEquals("PRCD", statement.header().opening().code());
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
    }

    @Test
    void reversalMarkDisagreementWarned() {
        BankStatement statement = read(camt053(4, statement("Stmt", "S1",
                balance("OPBD", "100.00", "CRDT") + balance("CLBD", "110.00", "CRDT")
                        + entry("10.00", "DBIT", "<RvslInd>true</RvslInd>" + BOOKED)))).get(0);
        assertInstanceOf(BalanceCheck.Mismatch.class, statement.trailer().balanceCheck());
        assertEquals(1, statement.warnings().size(), "warnings");
        assertTrue(statement.warnings().get(0).message().contains("opposite sign"),
                statement.warnings().get(0).message());
    }

    @Test
    void sameFileGivesSameIds() {
        String xml = camt053(4, statement("Stmt", "S1", entry("1.00", "CRDT", BOOKED).repeat(2)));
        List<StatementEntry> first = read(xml).get(0).entries();
        List<StatementEntry> second = read(xml).get(0).entries();
        assertEquals(first.get(0).id(), second.get(0).id(), "stable across reads");
        assertEquals(first.get(1).id(), second.get(1).id(), "stable across reads");
        assertNotEquals(first.get(0).id(), first.get(1).id(), "look-alike entries differ");
    }

    @Test
    void createdWithoutOffsetLeftNull() {
        String xml = camt053(4, statement("Stmt", "S1", "<CreDtTm>2024-01-31T10:00:00</CreDtTm>"));
        assertNull(read(xml.replace("<CreDtTm>2024-01-31T18:00:00+01:00</CreDtTm>", "")).get(0)
                .header().created());
    }
}
