package io.github.receivables.reconciliation.bai2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bai2ReaderTest {

    private static final String FILE = String.join("\n",
            "01,SENDER,RECEIVER,240105,0800,7,,,2/",
            "02,RECEIVER,BANK1,1,240104,,EUR,/",
            "03,ACC1,,010,100000,,,015,112500,,/",
            "16,195,15000,0,BREF1,CREF1,INVOICE 7/8 PAID, THANKS/",
            "16,495,2500,,BREF2,,WIRE OUT/",
            "49,230000,4/",
            "98,230000,1,6/",
            "99,230000,1,8/");

    private static List<BankStatement> read(String text) {
        return read(text, Bai2Options.DEFAULTS);
    }

    private static List<BankStatement> read(String text, Bai2Options options) {
        return new Bai2Reader(options).readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.bai");
    }

    @Test
    void basicFileAmountsDirectionsAndBalances() {
        BankStatement statement = read(FILE).get(0);
        StatementEntry credit = statement.entries().get(0);
        StatementEntry debit = statement.entries().get(1);
        assertEquals(new BigDecimal("150.00"), credit.amount().value());
        assertEquals(CreditDebit.CREDIT, credit.direction());
        assertEquals(new BigDecimal("-25.00"), debit.amount().value());
        assertEquals("BREF1", credit.bankReference());
        assertEquals("CREF1", credit.entryReference());
        assertEquals(LocalDate.of(2024, 1, 4), credit.bookingDate());
        assertEquals("195", credit.transactionCode().proprietary());
        assertEquals(new BigDecimal("1000.00"), statement.header().opening().amount().value());
        assertEquals(new BigDecimal("1125.00"), statement.trailer().closing().amount().value());
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
    }

    @Test
    void textKeepsSlashesAndCommas() {
        StatementEntry entry = read(FILE).get(0).entries().get(0);
        assertEquals(List.of("INVOICE 7/8 PAID, THANKS"), entry.details().get(0).remittanceText());
    }

    @Test
    void continuationFirstRejectedAtLineOne() {
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read("88,abc/\n" + FILE));
        assertEquals(1, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("found record 88"), e.getMessage());
        assertTrue(e.getMessage().contains("expected record 01"), e.getMessage());
    }

    @Test
    void continuationAfterBlankLinesRejectedAtItsLine() {
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> read("\n\n88,abc/\n" + FILE));
        assertEquals(3, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("expected record 01"), e.getMessage());
    }

    @Test
    void lineLimitCountsBytes() {
        String line = "16,195,15000,0,BREF1,CREF1," + "\u00f1".repeat(30) + "/";
        String text = FILE.replace("16,195,15000,0,BREF1,CREF1,INVOICE 7/8 PAID, THANKS/", line);
        Bai2Options options = Bai2Options.DEFAULTS.withLimits(
                io.github.receivables.reconciliation.statement.ReaderLimits.DEFAULTS
                        .withMaxFieldLength(80));
        assertTrue(line.length() <= 80, "the line has at most 80 characters");
        io.github.receivables.reconciliation.statement.LimitExceededException e = assertThrows(
                io.github.receivables.reconciliation.statement.LimitExceededException.class,
                () -> read(text, options));
        assertEquals(4, e.position().line(), e.getMessage());
        assertTrue(e.getMessage().contains("80 bytes"), e.getMessage());
    }

    @Test
    void continuationJoinsSummaryFields() {
        String text = FILE.replace("03,ACC1,,010,100000,,,015,112500,,/",
                "03,ACC1,,010,100000,,,015/\n88,112500,,/")
                .replace("49,230000,4/", "49,230000,5/").replace("98,230000,1,6/",
                        "98,230000,1,7/").replace("99,230000,1,8/", "99,230000,1,9/");
        BankStatement statement = read(text).get(0);
        assertEquals(new BigDecimal("1125.00"), statement.trailer().closing().amount().value());
    }

    @Test
    void continuationAddsTextLines() {
        String text = FILE.replace("16,495,2500,,BREF2,,WIRE OUT/",
                "16,495,2500,,BREF2,,WIRE OUT/\n88,TO ACME CORP/\n88,REF 55/")
                .replace("49,230000,4/", "49,230000,6/").replace("98,230000,1,6/",
                        "98,230000,1,8/").replace("99,230000,1,8/", "99,230000,1,10/");
        StatementEntry entry = read(text).get(0).entries().get(1);
        assertEquals(List.of("WIRE OUT", "TO ACME CORP", "REF 55"),
                entry.details().get(0).remittanceText());
    }

    @Test
    void severalRecordsOnOneLine() {
        String text = "01,SENDER,RECEIVER,240105,0800,7,,,2/02,RECEIVER,BANK1,1,240104,,EUR,/"
                + "03,ACC1,,010,100000,,,015,112500,,/\n"
                + "16,195,15000,0,BREF1,CREF1/88,PAID 7/8\n"
                + "16,495,2500,,BREF2,,WIRE OUT/\n"
                + "49,230000,5/98,230000,1,7/ 99,230000,1,9/\n";
        BankStatement statement = read(text).get(0);
        assertEquals(2, statement.entries().size());
        assertEquals(List.of("PAID 7/8"),
                statement.entries().get(0).details().get(0).remittanceText());
        assertEquals("CREF1", statement.entries().get(0).entryReference());
    }

    @Test
    void referenceWithSlashesKept() {
        String text = FILE.replace("BREF2,,WIRE OUT/", "BREF2,AB/GS/0001,WIRE OUT");
        assertEquals("AB/GS/0001", read(text).get(0).entries().get(1).entryReference());
    }

    @Test
    void distributedFundsTypeFieldsKept() {
        String text = FILE.replace("16,195,15000,0,BREF1", "16,195,15000,S,5000,5000,5000,BREF1");
        StatementEntry entry = read(text).get(0).entries().get(0);
        assertEquals("S", entry.extra().get("fundsType"));
        assertEquals("5000", entry.extra().get("availableInTwoOrMoreDays"));
        assertEquals("BREF1", entry.bankReference());
    }

    @Test
    void valueDatedFundsTypeGivesValueDate() {
        String text = FILE.replace("16,195,15000,0,BREF1", "16,195,15000,V,240110,1200,BREF1");
        StatementEntry entry = read(text).get(0).entries().get(0);
        assertEquals(LocalDate.of(2024, 1, 10), entry.valueDate());
        assertEquals("BREF1", entry.bankReference());
    }

    @Test
    void distributionFundsTypeReadsPairs() {
        String text = FILE.replace("16,195,15000,0,BREF1", "16,195,15000,D,2,0,7500,1,7500,BREF1");
        StatementEntry entry = read(text).get(0).entries().get(0);
        assertEquals("2", entry.extra().get("distributionCount"));
        assertEquals("7500", entry.extra().get("availableInDays.1"));
        assertEquals("BREF1", entry.bankReference());
    }

    @Test
    void invalidFundsTypeRejected() {
        String text = FILE.replace("16,195,15000,0,BREF1", "16,195,15000,Q,BREF1");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertEquals(4, error.position().line());
        assertTrue(error.getMessage().contains("'Q'"), error.getMessage());
    }

    @Test
    void currencyWithoutDecimalsScalesByOne() {
        String text = FILE.replace(",EUR,/", ",JPY,/");
        assertEquals(new BigDecimal("15000"), read(text).get(0).entries().get(0).amount().value());
    }

    @Test
    void accountCurrencyOverridesGroup() {
        String text = FILE.replace("03,ACC1,,", "03,ACC1,BHD,");
        assertEquals(new BigDecimal("15.000"), read(text).get(0).entries().get(0).amount().value());
    }

    @Test
    void defaultCurrencyIsUsd() {
        String text = FILE.replace(",EUR,/", ",,/");
        assertEquals("USD", read(text).get(0).header().currency());
    }

    @Test
    void accountControlTotalMismatchRejected() {
        String text = FILE.replace("49,230000,4/", "49,230001,4/");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertEquals(6, error.position().line());
        assertTrue(error.getMessage().contains("230001"), error.getMessage());
    }

    @Test
    void recordCountMismatchLenientWarns() {
        String text = FILE.replace("49,230000,4/", "49,230000,3/");
        List<BankStatement> statements = read(text, Bai2Options.DEFAULTS.withLenient(true));
        assertTrue(statements.get(0).warnings().stream()
                .anyMatch(w -> w.message().contains("number of records in the account 3")));
    }

    @Test
    void groupTotalMismatchRejected() {
        String text = FILE.replace("98,230000,1,6/", "98,230000,2,6/");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertTrue(error.getMessage().contains("number of accounts"), error.getMessage());
    }

    @Test
    void colonAfterRecordCodeRejectedUnlessLenient() {
        String text = FILE.replace("16,495", "16:495");
        assertThrows(MalformedStatementException.class, () -> read(text));
        assertEquals(2, read(text, Bai2Options.DEFAULTS.withLenient(true)).get(0)
                .entries().size());
    }

    @Test
    void versionOtherThanTwoUnsupported() {
        String text = FILE.replace(",,,2/", ",,,1/");
        assertThrows(UnsupportedVersionException.class, () -> read(text));
    }

    @Test
    void truncatedFileRejected() {
        String text = FILE.substring(0, FILE.indexOf("98,"));
        MalformedStatementException error =
                assertThrows(MalformedStatementException.class, () -> read(text));
        assertTrue(error.getMessage().contains("98 (group trailer)"), error.getMessage());
    }

    @Test
    void transactionBeforeAccountRejected() {
        String text = FILE.replace("03,ACC1,,010,100000,,,015,112500,,/\n", "");
        MalformedStatementException error =
                assertThrows(MalformedStatementException.class, () -> read(text));
        assertEquals(3, error.position().line());
    }

    @Test
    void negativeTransactionAmountRejected() {
        String text = FILE.replace("16,495,2500,", "16,495,-2500,");
        assertThrows(InvalidValueException.class, () -> read(text));
    }

    @Test
    void nonMonetaryTypeCodeIsInformation() {
        String text = FILE.replace("16,495,2500,", "16,890,2500,");
        StatementEntry entry = read(text, Bai2Options.DEFAULTS).get(0).entries().get(1);
        assertEquals(EntryStatus.INFO, entry.status());
    }

    @Test
    void impossibleDateRejected() {
        String text = FILE.replace("240104", "240230");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertEquals(2, error.position().line());
    }
}
