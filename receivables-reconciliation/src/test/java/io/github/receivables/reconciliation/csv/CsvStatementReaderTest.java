package io.github.receivables.reconciliation.csv;

import static io.github.receivables.reconciliation.csv.CsvTestSupport.german;
import static io.github.receivables.reconciliation.csv.CsvTestSupport.readAll;
import static io.github.receivables.reconciliation.csv.CsvTestSupport.readOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStatementReaderTest {

    private static BigDecimal amount(StatementEntry entry) {
        return entry.amount().value();
    }

    @Test
    void germanThousandsWithoutDecimalsIsThousands() {
        BankStatement statement = readOne(german().build(),
                "Buchungstag;Betrag;Text\n02.01.2024;-3.000;Miete\n03.01.2024;1.234,5;x\n");
        assertEquals(new BigDecimal("-3000.00"), amount(statement.entries().get(0)));
        assertEquals(CreditDebit.DEBIT, statement.entries().get(0).direction());
        assertEquals(new BigDecimal("1234.50"), amount(statement.entries().get(1)));
    }

    @Test
    void misplacedGroupingSeparatorRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> readOne(
                german().build(), "Buchungstag;Betrag;Text\n02.01.2024;-3.00;x\n"));
        assertTrue(e.getMessage().contains("'-3.00'"), e.getMessage());
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    }

    @Test
    void trailingMinusAndParenthesesAreNegative() {
        BankStatement statement = readOne(german().build(),
                "Buchungstag;Betrag;Text\n02.01.2024;9,90-;a\n02.01.2024;(1,00);b\n");
        assertEquals(new BigDecimal("-9.90"), amount(statement.entries().get(0)));
        assertEquals(new BigDecimal("-1.00"), amount(statement.entries().get(1)));
    }

    @Test
    void debitAndCreditColumnsNegateDebit() {
        ColumnMapping mapping = german().amount(AmountColumns.split(Column.named("Soll"),
                Column.named("Haben"), DebitSign.NEGATE)).build();
        BankStatement statement = readOne(mapping,
                "Buchungstag;Soll;Haben;Text\n02.01.2024;12,50;;a\n02.01.2024;;7,00;b\n");
        assertEquals(new BigDecimal("-12.50"), amount(statement.entries().get(0)));
        assertEquals(new BigDecimal("7.00"), amount(statement.entries().get(1)));
    }

    @Test
    void debitColumnAsWrittenKeepsSign() {
        ColumnMapping mapping = german().amount(AmountColumns.split(Column.named("Soll"),
                Column.named("Haben"), DebitSign.AS_WRITTEN)).build();
        BankStatement statement = readOne(mapping,
                "Buchungstag;Soll;Haben;Text\n02.01.2024;-12,50;;a\n");
        assertEquals(new BigDecimal("-12.50"), amount(statement.entries().get(0)));
    }

    @Test
    void debitAndCreditBothFilledRejected() {
        ColumnMapping mapping = german().amount(AmountColumns.split(Column.named("Soll"),
                Column.named("Haben"), DebitSign.NEGATE)).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> readOne(mapping,
                "Buchungstag;Soll;Haben;Text\n02.01.2024;1,00;2,00;a\n"));
        assertTrue(e.getMessage().contains("both hold an amount"), e.getMessage());
    }

    @Test
    void signColumnSollHaben() {
        ColumnMapping mapping = german().amount(AmountColumns.indicated(Column.named("Betrag"),
                Column.named("S/H"), List.of("H"), List.of("S"))).build();
        BankStatement statement = readOne(mapping,
                "Buchungstag;Betrag;S/H;Text\n02.01.2024;10,00;S;a\n02.01.2024;5,00;h;b\n");
        assertEquals(new BigDecimal("-10.00"), amount(statement.entries().get(0)));
        assertEquals(new BigDecimal("5.00"), amount(statement.entries().get(1)));
    }

    @Test
    void signColumnUnknownValueNamed() {
        ColumnMapping mapping = german().amount(AmountColumns.indicated(Column.named("Betrag"),
                Column.named("D/C"), List.of("C", "Credit"), List.of("D", "Debit"))).build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> readOne(mapping,
                "Buchungstag;Betrag;D/C;Text\n02.01.2024;10,00;X;a\n"));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
        assertTrue(e.getMessage().contains("'D/C'"), e.getMessage());
    }

    @Test
    void signColumnWithSignedAmountRejected() {
        ColumnMapping mapping = german().amount(AmountColumns.indicated(Column.named("Betrag"),
                Column.named("D/C"), List.of("Credit"), List.of("Debit"))).build();
        assertThrows(InvalidValueException.class, () -> readOne(mapping,
                "Buchungstag;Betrag;D/C;Text\n02.01.2024;-10,00;Debit;a\n"));
    }

    @Test
    void byteOrderMarkSkippedBeforeHeader() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Buchungstag;Betrag;Text\r\n02.01.2024;1,00;Grüße\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(text, 0, csv, bom.length, text.length);
        BankStatement statement = readAll(german().encoding("ISO-8859-1").build(), csv).get(0);
        assertEquals(List.of("Grüße"), statement.entries().get(0).details().get(0).remittanceText());
    }

    @Test
    void invalidBytesForEncodingNamed() {
        byte[] csv = "Buchungstag;Betrag;Text\n02.01.2024;1,00;Gr\u00fc\u00dfe\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> readAll(german().build(), csv));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("encoding"), e.getMessage());
    }

    @Test
    void invalidByteOnLastLineReportsThatLine() {
        byte[] csv = "Buchungstag;Betrag;Text\n02.01.2024;1,00;a\n03.01.2024;2,00;Gr\u00fc\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> readAll(german().build(), csv));
        assertEquals(3, e.position().line(), e.getMessage());
        assertEquals(19, e.position().column(), e.getMessage());
        assertTrue(e.getMessage().contains("line 3 column 19"), e.getMessage());
        assertTrue(e.getMessage().contains("0xFC"), e.getMessage());
    }

    @Test
    void invalidByteAfterManyLinesReportsItsLine() {
        StringBuilder text = new StringBuilder("Buchungstag;Betrag;Text\n");
        for (int i = 2; i <= 600; i++) {
            text.append("02.01.2024;1,00;").append(i == 502 ? "Zahlung \u00fc" : "Zahlung")
                    .append(i % 2 == 0 ? "\r\n" : "\n");
        }
        byte[] csv = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> readAll(german().build(), csv));
        assertEquals(502, e.position().line(), e.getMessage());
        assertEquals(25, e.position().column(), e.getMessage());
    }

    @Test
    void invalidByteAfterQuotedLineBreak() {
        byte[] csv = "Buchungstag;Betrag;Text\n02.01.2024;1,00;\"a\r\nb\u00fc\"\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> readAll(german().build(), csv));
        assertEquals(3, e.position().line(), e.getMessage());
        assertEquals(2, e.position().column(), e.getMessage());
    }

    @Test
    void truncatedUtf8AtEndReportsLastLine() {
        byte[] good = "Buchungstag;Betrag;Text\n02.01.2024;1,00;x".getBytes(StandardCharsets.UTF_8);
        byte[] csv = java.util.Arrays.copyOf(good, good.length + 1);
        csv[good.length] = (byte) 0xC3;
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> readAll(german().build(), csv));
        assertEquals(2, e.position().line(), e.getMessage());
    }

    @Test
    void mixedCurrenciesUseCurrencyDecimals() {
        ColumnMapping mapping = ColumnMapping.builder().name("mixed")
                .addDateFormat("yyyy-MM-dd").decimalSeparator('.').groupingSeparator(',')
                .amount(AmountColumns.signed(Column.named("amount")))
                .columns(EntryColumns.builder().bookingDate(Column.named("date"))
                        .currency(Column.named("currency")).build())
                .build();
        BankStatement statement = readOne(mapping, "date,amount,currency\n"
                + "2024-01-02,\"1,500\",CLP\n2024-01-02,12.5,USD\n2024-01-02,-7,usd\n");
        assertEquals(new BigDecimal("1500"), amount(statement.entries().get(0)));
        assertEquals(0, amount(statement.entries().get(0)).scale());
        assertEquals(new BigDecimal("12.50"), amount(statement.entries().get(1)));
        assertEquals("USD", statement.entries().get(2).amount().currency());
        assertNull(statement.header().currency());
        assertInstanceOf(BalanceCheck.NotCheckable.class, statement.trailer().balanceCheck());
    }

    @Test
    void pesoWithDecimalsRejected() {
        ColumnMapping mapping = german().currency("CLP").build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> readOne(mapping,
                "Buchungstag;Betrag;Text\n02.01.2024;1.500,5;a\n"));
        assertTrue(e.getMessage().contains("CLP"), e.getMessage());
    }

    @Test
    void minorUnitsDividedByCurrencyScale() {
        ColumnMapping mapping = ColumnMapping.builder().name("minor").addDateFormat("yyyy-MM-dd")
                .minorUnits(true)
                .amount(AmountColumns.signed(Column.named("cents")))
                .columns(EntryColumns.builder().bookingDate(Column.named("date"))
                        .currency(Column.named("cur")).build())
                .build();
        BankStatement statement = readOne(mapping,
                "date,cents,cur\n2024-01-02,1234,USD\n2024-01-02,1234,CLP\n");
        assertEquals(new BigDecimal("12.34"), amount(statement.entries().get(0)));
        assertEquals(new BigDecimal("1234"), amount(statement.entries().get(1)));
    }

    @Test
    void metadataHeaderGivesAccountAndBalances() {
        ColumnMapping mapping = german().account(null).skipRows(2)
                .addMetadata(MetadataRule.captured(MetadataField.ACCOUNT,
                        "^Konto:\\s*(?<value>\\S+)$"))
                .addMetadata(MetadataRule.beside(MetadataField.OPENING_BALANCE, "^Anfangssaldo$", 1))
                .addMetadata(MetadataRule.beside(MetadataField.CLOSING_BALANCE, "^Endsaldo$", 1))
                .trailer(TrailerRule.startingAt("^Endsaldo$"))
                .build();
        BankStatement statement = readOne(mapping, "Konto: DE89370400440532013000\n"
                + "Anfangssaldo;100,00\n"
                + "Buchungstag;Betrag;Text\n02.01.2024;-30,00;a\n03.01.2024;5,00;b\n"
                + "Endsaldo;75,00\n");
        assertEquals("DE89370400440532013000", statement.header().account().iban());
        assertEquals(new BigDecimal("100.00"), statement.header().opening().amount().value());
        assertEquals("Anfangssaldo", statement.header().opening().code());
        assertEquals(new BigDecimal("75.00"), statement.trailer().closing().amount().value());
        assertEquals(2, statement.entries().size());
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
    }

    @Test
    void trailerRowsCountedFromEnd() {
        ColumnMapping mapping = german().trailer(TrailerRule.lastRows(2)).build();
        BankStatement statement = readOne(mapping, "Buchungstag;Betrag;Text\n"
                + "02.01.2024;1,00;a\n03.01.2024;2,00;b\nSumme;3,00;\nExport am 04.01.2024;;\n\n");
        assertEquals(2, statement.entries().size());
    }

    @Test
    void quotedFieldWithNewlinesKeptAsLines() {
        BankStatement statement = readOne(german().build(), "Buchungstag;Betrag;Text\n"
                + "02.01.2024;1,00;\"Rechnung 1\r\nKunde \"\"A\"\"; Nord\"\n03.01.2024;2,00;b\n");
        List<String> lines = statement.entries().get(0).details().get(0).remittanceText();
        assertEquals(List.of("Rechnung 1", "Kunde \"A\"; Nord"), lines);
        assertEquals(4, statement.entries().get(1).position().line());
    }

    @Test
    void impossibleDateNamesRowAndColumn() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> readOne(
                german().build(), "Buchungstag;Betrag;Text\n02.01.2024;1,00;a\n30.02.2024;1,00;b\n"));
        assertEquals(3, e.position().line());
        assertTrue(e.position().path().contains("row 3"), e.position().path());
        assertTrue(e.position().path().contains("'Buchungstag'"), e.position().path());
        assertTrue(e.getMessage().contains("'30.02.2024'"), e.getMessage());
        assertTrue(e.getMessage().contains("dd.MM.yyyy"), e.getMessage());
    }

    @Test
    void severalDateFormatsTriedInOrder() {
        ColumnMapping mapping = german().dateFormats(List.of("dd.MM.yy", "dd.MM.yyyy")).build();
        BankStatement statement = readOne(mapping,
                "Buchungstag;Betrag;Text\n05.12.25;1,00;a\n06.12.2025;1,00;b\n");
        assertEquals(LocalDate.of(2025, 12, 5), statement.entries().get(0).bookingDate());
        assertEquals(LocalDate.of(2025, 12, 6), statement.entries().get(1).bookingDate());
    }

    @Test
    void unclosedQuoteRejectedWithLine() {
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> readOne(german().build(),
                        "Buchungstag;Betrag;Text\n02.01.2024;1,00;\"open\nmore\n"));
        assertEquals(2, e.position().line());
    }

    @Test
    void textAfterClosingQuoteRejected() {
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> readOne(german().build(),
                        "Buchungstag;Betrag;Text\n02.01.2024;1,00;\"a\"b\n"));
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void missingHeaderColumnListsHeaders() {
        MalformedStatementException e = assertThrows(MalformedStatementException.class,
                () -> readOne(german().build(), "Datum;Betrag;Text\n02.01.2024;1,00;a\n"));
        assertTrue(e.getMessage().contains("columns.bookingDate 'Buchungstag'"), e.getMessage());
        assertTrue(e.getMessage().contains("Datum"), e.getMessage());
    }

    @Test
    void fieldLongerThanLimitRejected() {
        CsvStatementReader reader = new CsvStatementReader(german().build(),
                ReaderLimits.DEFAULTS.withMaxFieldLength(10));
        byte[] csv = "Buchungstag;Betrag;Text\n02.01.2024;1,00;\"0123456789AB\"\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(LimitExceededException.class,
                () -> reader.readAll(new ByteArrayInputStream(csv), "long.csv"));
    }

    @Test
    void fieldLimitCountsCharactersNotBytes() {
        CsvStatementReader reader = new CsvStatementReader(german().build(),
                ReaderLimits.DEFAULTS.withMaxFieldLength(12));
        String text = "\u00f1".repeat(12);
        byte[] csv = ("Buchungstag;Betrag;Text\n02.01.2024;1,00;" + text + "\n")
                .getBytes(StandardCharsets.UTF_8);
        List<BankStatement> statements = reader.readAll(new ByteArrayInputStream(csv), "n.csv");
        assertEquals(List.of(text),
                statements.get(0).entries().get(0).details().get(0).remittanceText());
        byte[] longer = ("Buchungstag;Betrag;Text\n02.01.2024;1,00;" + text + "x\n")
                .getBytes(StandardCharsets.UTF_8);
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> reader.readAll(new ByteArrayInputStream(longer), "n.csv"));
        assertTrue(e.getMessage().contains("12 characters"), e.getMessage());
    }

    @Test
    void entryLimitEnforced() {
        CsvStatementReader reader = new CsvStatementReader(german().build(),
                ReaderLimits.DEFAULTS.withMaxEntries(1));
        byte[] csv = "Buchungstag;Betrag;Text\n02.01.2024;1,00;a\n02.01.2024;1,00;b\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(LimitExceededException.class,
                () -> reader.readAll(new ByteArrayInputStream(csv), "many.csv"));
    }

    @Test
    void accountColumnChangeStartsNewStatement() {
        ColumnMapping mapping = german().account(null).columns(EntryColumns.builder()
                .bookingDate(Column.named("Buchungstag")).account(Column.named("Konto")).build())
                .build();
        List<BankStatement> statements = readAll(mapping, "Konto;Buchungstag;Betrag\n"
                + "A1;02.01.2024;1,00\nA1;02.01.2024;2,00\nB2;02.01.2024;3,00\n");
        assertEquals(2, statements.size());
        assertEquals("A1", statements.get(0).header().account().value());
        assertEquals(2, statements.get(0).entries().size());
        assertEquals("B2", statements.get(1).header().account().value());
    }

    @Test
    void pendingRowsLeftOutOfBalanceCheck() {
        ColumnMapping mapping = german().columns(EntryColumns.builder()
                        .bookingDate(Column.named("Buchungstag")).balance(Column.named("Saldo"))
                        .status(Column.named("Info")).build())
                .statusValues(java.util.Map.of("gebucht",
                        io.github.receivables.reconciliation.statement.EntryStatus.BOOKED,
                        "vorgemerkt", io.github.receivables.reconciliation.statement.EntryStatus.PENDING))
                .build();
        BankStatement statement = readOne(mapping, "Buchungstag;Betrag;Saldo;Info\n"
                + "02.01.2024;10,00;110,00;gebucht\n03.01.2024;-5,00;;vorgemerkt\n"
                + "04.01.2024;-20,00;90,00;gebucht\n");
        assertEquals(new BigDecimal("100.00"), statement.header().opening().amount().value());
        assertEquals(new BigDecimal("90.00"), statement.trailer().closing().amount().value());
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
    }

    @Test
    void runningBalanceBreakWarned() {
        ColumnMapping mapping = german().columns(EntryColumns.builder()
                .bookingDate(Column.named("Buchungstag")).balance(Column.named("Saldo")).build())
                .build();
        BankStatement statement = readOne(mapping, "Buchungstag;Betrag;Saldo\n"
                + "02.01.2024;10,00;110,00\n03.01.2024;-5,00;100,00\n");
        assertEquals(1, statement.warnings().size());
        assertEquals(3, statement.warnings().get(0).position().line());
    }

    @Test
    void noHeaderUsesIndexes() {
        ColumnMapping mapping = german().header(false)
                .amount(AmountColumns.signed(Column.at(1)))
                .columns(EntryColumns.builder().bookingDate(Column.at(0))
                        .remittance(Column.at(2)).build())
                .build();
        BankStatement statement = readOne(mapping, "02.01.2024;1,00;a\n03.01.2024;2,00;b\n");
        assertEquals(2, statement.entries().size());
    }

    @Test
    void emptyFileAfterHeaderGivesEmptyStatement() {
        BankStatement statement = readOne(german().build(), "Buchungstag;Betrag;Text\n");
        assertEquals(0, statement.entries().size());
        assertEquals("EUR", statement.header().currency());
    }

    @Test
    void fileWithoutHeaderRowRejected() {
        assertThrows(MalformedStatementException.class, () -> readOne(german().build(), ""));
    }

    @Test
    void blankRowsSkipped() {
        BankStatement statement = readOne(german().build(),
                "Buchungstag;Betrag;Text\n\n02.01.2024;1,00;a\n;;\n");
        assertEquals(1, statement.entries().size());
    }

    @Test
    void carriageReturnOnlyLineEnds() {
        BankStatement statement = readOne(german().build(),
                "Buchungstag;Betrag;Text\r02.01.2024;1,00;a\r03.01.2024;2,00;b");
        assertEquals(2, statement.entries().size());
        assertEquals(3, statement.entries().get(1).position().line());
    }

    @Test
    void withoutQuoteCharacterQuotesAreText() {
        BankStatement statement = readOne(german().quote(null).build(),
                "Buchungstag;Betrag;Text\n02.01.2024;1,00;\"a\n");
        assertEquals(List.of("\"a"), statement.entries().get(0).details().get(0).remittanceText());
    }

    @Test
    void sameRowsSameIdsAcrossReads() {
        String csv = "Buchungstag;Betrag;Text\n02.01.2024;1,00;a\n02.01.2024;1,00;a\n";
        List<StatementEntry> first = readOne(german().build(), csv).entries();
        List<StatementEntry> second = readOne(german().build(), csv).entries();
        assertEquals(first.get(0).id(), second.get(0).id());
        assertEquals(first.get(1).id(), second.get(1).id());
        assertTrue(!first.get(0).id().equals(first.get(1).id()));
    }
}
