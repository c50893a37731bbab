package io.github.receivables.reconciliation.mt940;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import io.github.receivables.reconciliation.text.TextEncoding;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Mt940ReaderTest {

    private static final String HEAD = ":20:STMT1\n:25:DE89370400440532013000\n:28C:1/1\n"
            + ":60F:C240101EUR100,00\n";

    private static List<BankStatement> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), Mt940Options.DEFAULTS);
    }

    private static List<BankStatement> read(byte[] bytes, Mt940Options options) {
        return new Mt940Reader(options).readAll(new ByteArrayInputStream(bytes), "test.sta");
    }

    private static BankStatement readLenient(String text) {
        return read(text.getBytes(StandardCharsets.US_ASCII),
                Mt940Options.DEFAULTS.withLenientDates(true)).get(0);
    }

    private static StatementEntry onlyEntry(String body) {
        List<BankStatement> statements = read(HEAD + body + ":62F:C240101EUR0,00\n-\n");
        return statements.get(0).entries().get(0);
    }

    private static TransactionDetails onlyDetails(String body) {
        return onlyEntry(body).details().get(0);
    }

    @Test
    void reversalOfCreditIsDebit() {
        StatementEntry entry = onlyEntry(":61:2401020102RC10,00NTRFREF1//BANK1\n");
        assertTrue(entry.reversal());
        assertEquals(CreditDebit.DEBIT, entry.direction());
        assertEquals(new BigDecimal("-10.00"), entry.amount().value());
    }

    @Test
    void reversalOfDebitIsCredit() {
        StatementEntry entry = onlyEntry(":61:2401020102RD10,00NTRFREF1\n");
        assertTrue(entry.reversal());
        assertEquals(CreditDebit.CREDIT, entry.direction());
        assertEquals(new BigDecimal("10.00"), entry.amount().value());
    }

    @Test
    void fundsCodeLetterIsNotReversal() {
        StatementEntry entry = onlyEntry(":61:2401020102CR300,NTRFNONREF\n");
        assertFalse(entry.reversal());
        assertEquals(CreditDebit.CREDIT, entry.direction());
        assertEquals("R", entry.extra().get("fundsCode"));
        assertEquals(new BigDecimal("300"), entry.amount().value());
    }

    @Test
    void reversalWithFundsCode() {
        StatementEntry entry = onlyEntry(":61:2401020102RCR204,88NRTINONREF\n");
        assertTrue(entry.reversal());
        assertEquals("R", entry.extra().get("fundsCode"));
        assertEquals(new BigDecimal("-204.88"), entry.amount().value());
    }

    @Test
    void subfieldsOfStatementLine() {
        StatementEntry entry = onlyEntry(":61:2401030102D12,5NMSCCUST-7//BANK-9\nSUPPLEMENT\n");
        assertEquals(LocalDate.of(2024, 1, 3), entry.valueDate());
        assertEquals(LocalDate.of(2024, 1, 2), entry.bookingDate());
        assertEquals("NMSC", entry.transactionCode().proprietary());
        assertEquals("CUST-7", entry.entryReference());
        assertEquals("BANK-9", entry.bankReference());
        assertEquals("SUPPLEMENT", entry.additionalInfo());
    }

    @Test
    void longCustomerReferenceKeptWithWarning() {
        List<BankStatement> statements = read(HEAD
                + ":61:2401020102D1,00NOVBNL49RABO0166416932\n:62F:C240101EUR99,00\n");
        assertEquals("NL49RABO0166416932", statements.get(0).entries().get(0).entryReference());
        assertTrue(statements.get(0).warnings().stream()
                .anyMatch(w -> w.message().contains("18 characters")));
    }

    @Test
    void thirtyFebruaryRejectedNamingLine() {
        String text = HEAD + ":61:2402300230C1,00NTRFNONREF\n";
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertEquals(5, error.position().line());
        assertTrue(error.getMessage().contains("'240230'"), error.getMessage());
    }

    @Test
    void thirtyFebruaryLenientUsesLastDay() {
        String text = HEAD + ":61:2402300230C1,00NTRFNONREF\n:62F:C240301EUR101,00\n";
        List<BankStatement> statements = read(text.getBytes(StandardCharsets.US_ASCII),
                Mt940Options.DEFAULTS.withLenientDates(true));
        StatementEntry entry = statements.get(0).entries().get(0);
        assertEquals(LocalDate.of(2024, 2, 29), entry.valueDate());
        assertEquals(LocalDate.of(2024, 2, 29), entry.bookingDate());
        assertEquals(2, statements.get(0).warnings().size());
    }

    @Test
    void entryDateRollsIntoNextYear() {
        StatementEntry entry = onlyEntry(":61:2312310102C1,00NTRFNONREF\n");
        assertEquals(LocalDate.of(2023, 12, 31), entry.valueDate());
        assertEquals(LocalDate.of(2024, 1, 2), entry.bookingDate());
    }

    @Test
    void entryDateRollsIntoPreviousYear() {
        StatementEntry entry = onlyEntry(":61:2401021231C1,00NTRFNONREF\n");
        assertEquals(LocalDate.of(2023, 12, 31), entry.bookingDate());
    }

    @Test
    void leapDayEntryDateInNextYear() {
        StatementEntry entry = onlyEntry(":61:2312200229C1,00NTRFNONREF\n");
        assertEquals(LocalDate.of(2023, 12, 20), entry.valueDate());
        assertEquals(LocalDate.of(2024, 2, 29), entry.bookingDate());
    }

    @Test
    void leapDayLenientWarningMatchesDate() {
        BankStatement statement =
                readLenient(HEAD + ":61:2412200229C1,00NTRFNONREF\n:62F:C240101EUR101,00\n");
        assertEquals(LocalDate.of(2025, 2, 28), statement.entries().get(0).bookingDate());
        assertTrue(statement.warnings().get(0).message().contains("read as 2025-02-28"),
                statement.warnings().get(0).message());
    }

    @Test
    void lenientMonthThirteenStaysNearValueDate() {
        BankStatement statement =
                readLenient(HEAD + ":61:2406301301C1,00NTRFNONREF\n:62F:C240101EUR101,00\n");
        assertEquals(LocalDate.of(2024, 12, 1), statement.entries().get(0).bookingDate());
    }

    @Test
    void leapDayInCommonYearRejected() {
        String text = HEAD.replace("C240101", "C001201") + ":61:0012310229C1,00NTRFNONREF\n";
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertTrue(error.getMessage().contains("'0229'"), error.getMessage());
    }

    @Test
    void iso88592TextWithFixedEncoding() {
        byte[] text = (HEAD + ":61:2401020102C1,00NTRFNONREF\n:86:Zap\u0142ata \u0141\u00f3d\u017a\n"
                + ":62F:C240102EUR101,00\n").getBytes(Charset.forName("ISO-8859-2"));
        Mt940Options options = Mt940Options.DEFAULTS
                .withEncoding(TextEncoding.fixed(Charset.forName("ISO-8859-2")));
        TransactionDetails details = read(text, options).get(0).entries().get(0).details().get(0);
        assertEquals(List.of("Zap\u0142ata \u0141\u00f3d\u017a"), details.remittanceText());
    }

    @Test
    void charsAboveLatin1KeptAcrossContinuedLines() {
        TransactionDetails details = onlyDetails(":61:2401020102C1,00NTRFNONREF\n"
                + ":86:/TRTP/SEPA/NAME/\u0141\u00f3d\u017a \u20ac/REMI/Faktura\n"
                + "/EREF/\u4e2d\u6587\n");
        assertEquals("\u0141\u00f3d\u017a \u20ac", details.counterparty().name());
        assertEquals("\u4e2d\u6587", details.endToEndId());
    }

    @Test
    void wideSpaceBeforeTagStripped() {
        List<BankStatement> statements = read("\ufeff" + HEAD
                + "\u3000:61:2401020102C1,00NTRFNONREF\n\u2003:86:Pago\u2003\u00fcber\n"
                + ":62F:C240102EUR101,00\n-\n");
        TransactionDetails details = statements.get(0).entries().get(0).details().get(0);
        assertEquals(List.of("Pago\u2003\u00fcber"), details.remittanceText());
    }

    @Test
    void readAllWarningCapFollowsOptions() {
        Mt940Options options = Mt940Options.DEFAULTS
                .withLimits(ReaderLimits.DEFAULTS.withMaxWarnings(2));
        byte[] text = (HEAD + ":62F:C240101EUR100,00\n-\n" + "junk\n".repeat(10))
                .getBytes(StandardCharsets.UTF_8);
        List<BankStatement> statements = read(text, options);
        assertEquals(3, statements.get(0).warnings().size(), "two kept and one summary");
    }

    @Test
    void utf8TextDetected() {
        TransactionDetails details = onlyDetails(
                ":61:2401020102C1,00NTRFNONREF\n:86:Gr\u00fc\u00dfe aus M\u00fcnchen\n");
        assertEquals(List.of("Gr\u00fc\u00dfe aus M\u00fcnchen"), details.remittanceText());
    }

    @Test
    void latin1FallbackWhenNotUtf8() {
        byte[] text = (HEAD + ":61:2401020102C1,00NTRFNONREF\n:86:M\u00fcller\n"
                + ":62F:C240102EUR101,00\n").getBytes(StandardCharsets.ISO_8859_1);
        TransactionDetails details =
                read(text, Mt940Options.DEFAULTS).get(0).entries().get(0).details().get(0);
        assertEquals(List.of("M\u00fcller"), details.remittanceText());
    }

    @Test
    void sohAndEtxWrappersIgnored() {
        List<BankStatement> statements = read("\u0001\r\n" + HEAD.replace("\n", "\r\n")
                + ":62F:C240101EUR100,00\r\n-\u0003\r\n\u0001\r\n" + HEAD.replace("STMT1", "STMT2")
                + ":62F:C240101EUR100,00\r\n-\u0003");
        assertEquals(2, statements.size());
        assertEquals("STMT2", statements.get(1).header().statementId());
    }

    @Test
    void swiftBlocksAndLeadingMessageType() {
        List<BankStatement> statements = read(":940:\n{1:F01BANKDEFFAXXX0000000000}"
                + "{2:O940BANKDEFFXXXXN}{3:}{4:\n" + HEAD + ":62F:C240101EUR100,00\n-}{5:}\n");
        assertEquals(1, statements.size());
        assertEquals("STMT1", statements.get(0).header().statementId());
    }

    @Test
    void germanSubfieldsAndSepaKeys() {
        TransactionDetails details = onlyDetails(":61:2401020102C25,00NTRFNONREF\n"
                + ":86:166?00GUTSCHRIFT?109310?20EREF+E2E-1?21MREF+M-77?22CRED+DE98ZZZ0\n"
                + "9999999999?23SVWZ+RE 2024-001 DANKE?30COBADEFFXXX?31DE8937040044053\n"
                + "2013000?32MAX MUSTER?33MANN?34997\n");
        assertEquals("E2E-1", details.endToEndId());
        assertEquals("M-77", details.mandateId());
        assertEquals("DE98ZZZ09999999999", details.extra().get("CRED"));
        assertEquals(List.of("RE 2024-001 DANKE"), details.remittanceText());
        assertEquals("MAX MUSTERMANN", details.counterparty().name());
        assertEquals("DE89370400440532013000", details.counterparty().account().iban());
        assertEquals("COBADEFFXXX", details.counterparty().account().bic());
        assertEquals("GUTSCHRIFT", details.extra().get("postingText"));
        assertEquals("9310", details.extra().get("primaNota"));
        assertEquals("997", details.extra().get("textKeyExtension"));
        assertEquals("166", details.extra().get("gvc"));
    }

    @Test
    void germanAbweichenderAuftraggeberKept() {
        TransactionDetails details = onlyDetails(":61:2401020102C25,00NTRFNONREF\n"
                + ":86:166?00GUTSCHRIFT?20SVWZ+RECHNUNG 7?21ABWA+FIRMA B\n");
        assertEquals("FIRMA B", details.extra().get("ABWA"));
        assertEquals(List.of("RECHNUNG 7"), details.remittanceText());
    }

    @Test
    void germanUnknownSubfieldKeptByCode() {
        TransactionDetails details = onlyDetails(":61:2401020102C25,00NTRFNONREF\n"
                + ":86:166?00GUTSCHRIFT?20TEXT?70EXTRA A?70 AND B?05X\n");
        assertEquals("EXTRA A AND B", details.extra().get("?70"));
        assertEquals("X", details.extra().get("?05"));
        assertEquals(List.of("TEXT"), details.remittanceText());
    }

    @Test
    void dutchTagsCounterpartyAndRemittance() {
        TransactionDetails details = onlyDetails(":61:2401020102C25,00NTRFEREF//X1\n"
                + ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/J. DE\n"
                + " VRIES/REMI/FACTUUR 2024-17/EREF/E2E-9\n");
        assertEquals("SEPA OVERBOEKING", details.extra().get("TRTP"));
        assertEquals("J. DE VRIES", details.counterparty().name());
        assertEquals("NL91ABNA0417164300", details.counterparty().account().iban());
        assertEquals("ABNANL2A", details.counterparty().account().bic());
        assertEquals(List.of("FACTUUR 2024-17"), details.remittanceText());
        assertEquals("E2E-9", details.endToEndId());
    }

    @Test
    void dutchEmptyReferencesAreNull() {
        TransactionDetails details = onlyDetails(":61:2401020102C1,00NTRFNONREF\n"
                + ":86:/EREF//MARF//REMI/X\n");
        assertNull(details.endToEndId());
        assertNull(details.mandateId());
    }

    @Test
    void dutchEmptyRepeatAddsNoSpace() {
        TransactionDetails details = onlyDetails(":61:2401020102C1,00NTRFNONREF\n"
                + ":86:/REMI/FACTUUR 1/REMI/\n");
        assertEquals(List.of("FACTUUR 1"), details.remittanceText());
        assertEquals("FACTUUR 1", details.extra().get("REMI"));
    }

    @Test
    void germanEmptyKeywordValueIsNull() {
        TransactionDetails details = onlyDetails(":61:2401020102C1,00NTRFNONREF\n"
                + ":86:166?00GUTSCHRIFT?20EREF+?21SVWZ+RECHNUNG 7\n");
        assertNull(details.endToEndId());
        assertEquals(List.of("RECHNUNG 7"), details.remittanceText());
    }

    @Test
    void accountWithLeadingSlashHasNoBic() {
        BankStatement statement = read(":20:STMT1\n:25:/DE89370400440532013000\n"
                + ":60F:C240101EUR100,00\n:62F:C240101EUR100,00\n-\n").get(0);
        assertEquals("DE89370400440532013000", statement.header().account().iban());
        assertNull(statement.header().account().bic());
    }

    @Test
    void accountWithLeadingSlashKeepsBic() {
        BankStatement statement = read(":20:STMT1\n:25:/COBADEFFXXX/DE89370400440532013000\n"
                + ":60F:C240101EUR100,00\n:62F:C240101EUR100,00\n-\n").get(0);
        assertEquals("DE89370400440532013000", statement.header().account().iban());
        assertEquals("COBADEFFXXX", statement.header().account().bic());
    }

    @Test
    void bankSpecificFieldKeptAsExtra() {
        StatementEntry entry = onlyEntry(":61:2401020102C1,00NTRFNONREF\n:86:TEXT\n"
                + ":NS:22Ueberweisung\n");
        assertEquals("22Ueberweisung", entry.extra().get("NS"));
    }

    @Test
    void sequenceNumberSplitOverTwoLines() {
        List<BankStatement> statements = read(":20:S\n:25:123\n:28C:00\n01/2\n"
                + ":60F:C240101EUR1,00\n:62F:C240101EUR1,00\n");
        assertEquals("0001/2", statements.get(0).header().sequenceNumber());
    }

    @Test
    void dashInsideInformationIsText() {
        TransactionDetails details = onlyDetails(":61:2401020102C1,00NTRFNONREF\n"
                + ":86:/MARF/MND\n-\nEV01//REMI/USTD//X/\n");
        assertEquals("MND-EV01", details.mandateId());
    }

    @Test
    void crlfAndLfGiveSameEntries() {
        String text = HEAD + ":61:2401020102C1,00NTRFNONREF\n:86:A\nB\n:62F:C240102EUR101,00\n";
        List<BankStatement> lf = read(text);
        List<BankStatement> crlf = read(text.replace("\n", "\r\n"));
        assertEquals(lf.get(0).entries(), crlf.get(0).entries());
    }

    @Test
    void idsStableAcrossReadsAndDistinctForTwins() {
        String text = HEAD + ":61:2401020102C1,00NTRFNONREF\n:86:SAME\n"
                + ":61:2401020102C1,00NTRFNONREF\n:86:SAME\n:62F:C240102EUR102,00\n";
        List<StatementEntry> first = read(text).get(0).entries();
        List<StatementEntry> second = read(text).get(0).entries();
        assertEquals(first.get(0).id(), second.get(0).id());
        assertNotEquals(first.get(0).id(), first.get(1).id());
    }

    @Test
    void missingAccountRejected() {
        MalformedStatementException error = assertThrows(MalformedStatementException.class,
                () -> read(":20:X\n:60F:C240101EUR1,00\n:61:2401020102C1,00NTRFNONREF\n"));
        assertTrue(error.getMessage().contains(":25:"), error.getMessage());
    }

    @Test
    void invalidMarkRejectedNamingLine() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> read(HEAD + ":61:2401020102X1,00NTRFNONREF\n"));
        assertEquals(5, error.position().line());
        assertTrue(error.getMessage().contains("expected C, D, RC or RD"), error.getMessage());
    }

    @Test
    void amountWithoutCommaRejected() {
        InvalidValueException error = assertThrows(InvalidValueException.class,
                () -> read(HEAD + ":61:2401020102C100NTRFNONREF\n"));
        assertTrue(error.getMessage().contains("'100'"), error.getMessage());
    }

    @Test
    void missingClosingWarned() {
        List<BankStatement> statements = read(HEAD + ":61:2401020102C1,00NTRFNONREF\n");
        assertNull(statements.get(0).trailer().closing());
        assertTrue(statements.get(0).warnings().stream()
                .anyMatch(w -> w.message().contains("no closing balance")));
    }

    @Test
    void lineLongerThanLimitRejected() {
        Mt940Options options = Mt940Options.DEFAULTS
                .withLimits(ReaderLimits.DEFAULTS.withMaxFieldLength(40));
        String text = HEAD + ":86:" + "X".repeat(50) + "\n";
        assertThrows(LimitExceededException.class,
                () -> read(text.getBytes(StandardCharsets.US_ASCII), options));
    }

    @Test
    void fieldLongerThanLimitRejected() {
        Mt940Options options = Mt940Options.DEFAULTS
                .withLimits(ReaderLimits.DEFAULTS.withMaxFieldLength(40));
        String text = HEAD + ":61:2401020102C1,00NTRFNONREF\n:86:" + "X\n".repeat(30);
        assertThrows(LimitExceededException.class,
                () -> read(text.getBytes(StandardCharsets.US_ASCII), options));
    }

    @Test
    void entriesOverLimitRejected() {
        Mt940Options options =
                Mt940Options.DEFAULTS.withLimits(ReaderLimits.DEFAULTS.withMaxEntries(2));
        String text = HEAD + ":61:2401020102C1,00NTRFNONREF\n".repeat(3);
        assertThrows(LimitExceededException.class,
                () -> read(text.getBytes(StandardCharsets.US_ASCII), options));
    }

    @Test
    void fileOverSizeLimitRejected() {
        Mt940Options options =
                Mt940Options.DEFAULTS.withLimits(ReaderLimits.DEFAULTS.withMaxFileBytes(100));
        String text = HEAD + ":61:2401020102C1,00NTRFNONREF\n".repeat(10);
        assertThrows(LimitExceededException.class,
                () -> read(text.getBytes(StandardCharsets.US_ASCII), options));
    }

    @Test
    void emptyInputRejected() {
        assertThrows(MalformedStatementException.class, () -> read(""));
    }
}
