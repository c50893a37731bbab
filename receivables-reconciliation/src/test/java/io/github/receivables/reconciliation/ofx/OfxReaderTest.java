package io.github.receivables.reconciliation.ofx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfxReaderTest {

    private static final String SGML_HEADER = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n"
            + "SECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\n"
            + "OLDFILEUID:NONE\nNEWFILEUID:NONE\n\n";

    private static final String SGML_BODY = "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0"
            + "<SEVERITY>INFO</STATUS><DTSERVER>20240105120000[-5:EST]<LANGUAGE>ENG</SONRS>"
            + "</SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>42<STATUS><CODE>0"
            + "<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>121000248"
            + "<ACCTID>555123<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>"
            + "<DTSTART>20240101<DTEND>20240105<STMTTRN><TRNTYPE>CREDIT"
            + "<DTPOSTED>20240102<DTUSER>20240101<TRNAMT>150.25<FITID>F1<REFNUM>R1"
            + "<NAME>AT&amp;T<MEMO>INVOICE 7</STMTTRN><STMTTRN><TRNTYPE>CHECK"
            + "<DTPOSTED>20240103120000.000[+5.30:IST]<TRNAMT>-20.00<FITID>F2<CHECKNUM>101"
            + "<PAYEE><NAME>ACME<ADDR1>1 MAIN ST<CITY>SPRINGFIELD</PAYEE></STMTTRN>"
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>530.25<DTASOF>20240105</LEDGERBAL>"
            + "<AVAILBAL><BALAMT>500.00<DTASOF>20240105</AVAILBAL></STMTRS></STMTTRNRS>"
            + "</BANKMSGSRSV1></OFX>";

    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<?OFX OFXHEADER=\"200\" VERSION=\"211\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\""
            + " NEWFILEUID=\"NONE\"?>\n"
            + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY>"
            + "</STATUS><DTSERVER>20240105120000[-5:EST]</DTSERVER><LANGUAGE>ENG</LANGUAGE>"
            + "</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>42</TRNUID><STATUS>"
            + "<CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><STMTRS><CURDEF>USD</CURDEF>"
            + "<BANKACCTFROM><BANKID>121000248</BANKID><ACCTID>555123</ACCTID>"
            + "<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM><BANKTRANLIST>"
            + "<DTSTART>20240101</DTSTART><DTEND>20240105</DTEND><STMTTRN>"
            + "<TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20240102</DTPOSTED><DTUSER>20240101</DTUSER>"
            + "<TRNAMT>150.25</TRNAMT><FITID>F1</FITID><REFNUM>R1</REFNUM>"
            + "<NAME>AT&amp;T</NAME><MEMO>INVOICE 7</MEMO></STMTTRN><STMTTRN>"
            + "<TRNTYPE>CHECK</TRNTYPE><DTPOSTED>20240103120000.000[+5.30:IST]</DTPOSTED>"
            + "<TRNAMT>-20.00</TRNAMT><FITID>F2</FITID><CHECKNUM>101</CHECKNUM><PAYEE>"
            + "<NAME>ACME</NAME><ADDR1>1 MAIN ST</ADDR1><CITY>SPRINGFIELD</CITY></PAYEE>"
            + "</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>530.25</BALAMT>"
            + "<DTASOF>20240105</DTASOF></LEDGERBAL><AVAILBAL><BALAMT>500.00</BALAMT>"
            + "<DTASOF>20240105</DTASOF></AVAILBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

    private static List<BankStatement> read(String text) {
        return read(text, OfxOptions.DEFAULTS);
    }

    private static List<BankStatement> read(String text, OfxOptions options) {
        return new OfxReader(options).readAll(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.ofx");
    }

    @Test
    void sgmlAndXmlGiveSameStatement() {
        BankStatement sgml = read(SGML_HEADER + SGML_BODY).get(0);
        BankStatement xml = read(XML).get(0);
        assertEquals(sgml.header().account(), xml.header().account());
        assertEquals(sgml.header().created(), xml.header().created());
        assertEquals(sgml.trailer().closing(), xml.trailer().closing());
        assertEquals(sgml.trailer().otherBalances(), xml.trailer().otherBalances());
        assertEquals(sgml.entries().size(), xml.entries().size());
        for (int i = 0; i < sgml.entries().size(); i++) {
            StatementEntry a = sgml.entries().get(i);
            StatementEntry b = xml.entries().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.amount(), b.amount());
            assertEquals(a.details().get(0).counterparty(), b.details().get(0).counterparty());
            assertEquals(a.details().get(0).remittanceText(), b.details().get(0).remittanceText());
            assertEquals(a.extra(), b.extra());
        }
    }

    @Test
    void transactionFieldsMapped() {
        BankStatement statement = read(SGML_HEADER + SGML_BODY).get(0);
        StatementEntry credit = statement.entries().get(0);
        assertEquals(new BigDecimal("150.25"), credit.amount().value());
        assertEquals("F1", credit.bankReference());
        assertEquals("R1", credit.entryReference());
        assertEquals("CREDIT", credit.transactionCode().proprietary());
        assertEquals("20240101", credit.extra().get("DTUSER"));
        assertEquals("AT&T", credit.details().get(0).counterparty().name());
        assertEquals(List.of("INVOICE 7"), credit.details().get(0).remittanceText());
        StatementEntry check = statement.entries().get(1);
        assertEquals("101", check.extra().get("CHECKNUM"));
        assertEquals("ACME", check.details().get(0).counterparty().name());
        assertEquals("1 MAIN ST\nSPRINGFIELD", check.details().get(0).counterparty().address());
        assertEquals("42", statement.header().statementId());
    }

    @Test
    void dateOffsetsRead() {
        BankStatement statement = read(SGML_HEADER + SGML_BODY).get(0);
        assertEquals(OffsetDateTime.of(2024, 1, 5, 12, 0, 0, 0, ZoneOffset.ofHours(-5)),
                statement.header().created());
        assertEquals(LocalDate.of(2024, 1, 3), statement.entries().get(1).bookingDate());
    }

    @Test
    void fractionalHourOffsetRead() {
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), OfxValues.dateTime(
                "20240103120000.000[+5.30:IST]", "DTPOSTED", null).getOffset());
        assertEquals(ZoneOffset.ofHoursMinutes(9, 30),
                OfxValues.dateTime("20240103[9.5]", "DTPOSTED", null).getOffset());
        assertEquals(ZoneOffset.UTC, OfxValues.dateTime("20240103", "DTPOSTED", null)
                .getOffset());
    }

    @Test
    void sgmlOnOneLineEqualsSpreadOverLines() {
        List<StatementEntry> oneLine = read(SGML_HEADER + SGML_BODY).get(0).entries();
        List<StatementEntry> spread =
                read(SGML_HEADER + SGML_BODY.replace("<", "\n\t<")).get(0).entries();
        assertEquals(2, spread.size());
        assertEquals(oneLine.get(0).id(), spread.get(0).id());
        assertEquals(oneLine.get(1).id(), spread.get(1).id());
        assertEquals(oneLine.get(1).details(), spread.get(1).details());
    }

    @Test
    void externalEntityRefused(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String attack = "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n" + XML.substring(XML.indexOf("<OFX>"))
                .replace("<MEMO>INVOICE 7</MEMO>", "<MEMO>&xxe;</MEMO>");
        MalformedStatementException error =
                assertThrows(MalformedStatementException.class, () -> read(attack));
        assertTrue(error.getMessage().contains("DOCTYPE"), error.getMessage());
        assertFalse(error.getMessage().contains("TOP-SECRET-VALUE"));
    }

    @Test
    void undeclaredEntityRefused() {
        String text = XML.replace("<MEMO>INVOICE 7</MEMO>", "<MEMO>&xxe;</MEMO>");
        assertThrows(MalformedStatementException.class, () -> read(text));
    }

    @Test
    void creditCardStatementRead() {
        String text = XML.replace("<STMTTRNRS>", "<CCSTMTTRNRS>")
                .replace("</STMTTRNRS>", "</CCSTMTTRNRS>").replace("<STMTRS>", "<CCSTMTRS>")
                .replace("</STMTRS>", "</CCSTMTRS>")
                .replace("<BANKACCTFROM><BANKID>121000248</BANKID>", "<CCACCTFROM>")
                .replace("<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>", "</CCACCTFROM>")
                .replace("BANKMSGSRSV1", "CREDITCARDMSGSRSV1");
        BankStatement statement = read(text).get(0);
        assertEquals("555123", statement.header().account().other());
        assertEquals(2, statement.entries().size());
    }

    @Test
    void payeeLeafUsedAsName() {
        String text = XML.replace("<NAME>AT&amp;T</NAME>", "<PAYEE>AT&amp;T</PAYEE>");
        assertEquals("AT&T",
                read(text).get(0).entries().get(0).details().get(0).counterparty().name());
    }

    @Test
    void decimalCommaAccepted() {
        String text = XML.replace("<TRNAMT>150.25</TRNAMT>", "<TRNAMT>150,25</TRNAMT>");
        assertEquals(new BigDecimal("150.25"), read(text).get(0).entries().get(0).amount().value());
    }

    @Test
    void currencySymbolInAmountRejected() {
        String text = SGML_HEADER + SGML_BODY.replace("<TRNAMT>150.25", "<TRNAMT>$150.25");
        InvalidValueException error = assertThrows(InvalidValueException.class, () -> read(text));
        assertTrue(error.getMessage().contains("'$150.25'"), error.getMessage());
        assertEquals("TRNAMT", error.position().path());
    }

    @Test
    void missingAmountRejected() {
        String text = XML.replace("<TRNAMT>150.25</TRNAMT>", "");
        MalformedStatementException error =
                assertThrows(MalformedStatementException.class, () -> read(text));
        assertTrue(error.getMessage().contains("TRNAMT"), error.getMessage());
    }

    @Test
    void unclosedAggregateRejected() {
        String text = SGML_HEADER + SGML_BODY.replace("</BANKTRANLIST>", "");
        assertThrows(MalformedStatementException.class, () -> read(text));
    }

    @Test
    void unsupportedSgmlHeaderVersion() {
        String text = SGML_HEADER.replace("VERSION:102", "VERSION:300") + SGML_BODY;
        assertThrows(UnsupportedVersionException.class, () -> read(text));
    }

    @Test
    void notOfxRejected() {
        assertThrows(MalformedStatementException.class, () -> read("Date,Amount\n1,2\n"));
    }

    @Test
    void depthLimitEnforced() {
        OfxOptions options = new OfxOptions(ReaderLimits.DEFAULTS.withMaxDepth(4));
        assertThrows(LimitExceededException.class, () -> read(XML, options));
    }

    @Test
    void valueLengthLimitEnforced() {
        OfxOptions options = new OfxOptions(ReaderLimits.DEFAULTS.withMaxFieldLength(20));
        String text = SGML_HEADER + SGML_BODY.replace("INVOICE 7", "X".repeat(40));
        assertThrows(LimitExceededException.class, () -> read(text, options));
    }

    @Test
    void fileSizeLimitEnforced() {
        OfxOptions options = new OfxOptions(ReaderLimits.DEFAULTS.withMaxFileBytes(200));
        assertThrows(LimitExceededException.class, () -> read(XML, options));
    }
}
