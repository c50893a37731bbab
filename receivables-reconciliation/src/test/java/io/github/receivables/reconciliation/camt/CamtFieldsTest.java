package io.github.receivables.reconciliation.camt;

import static io.github.receivables.reconciliation.camt.CamtXml.camt053;
import static io.github.receivables.reconciliation.camt.CamtXml.camt054;
import static io.github.receivables.reconciliation.camt.CamtXml.entry;
import static io.github.receivables.reconciliation.camt.CamtXml.read;
import static io.github.receivables.reconciliation.camt.CamtXml.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Example tests for the fields the camt reader keeps and the errors it raises. */
class CamtFieldsTest {

    private static final String TX_V8 = """
            <NtryDtls><TxDtls>
              <Refs><InstrId>I-1</InstrId><EndToEndId>E-1</EndToEndId><TxId>T-1</TxId>
                <MndtId>M-1</MndtId><UETR>255ae394-9965-4438-ac86-f406feada396</UETR></Refs>
              <Amt Ccy="CHF">95.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
              <AmtDtls><InstdAmt><Amt Ccy="EUR">100.00</Amt></InstdAmt></AmtDtls>
              <BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>ZKA</Issr></Prtry></BkTxCd>
              <Chrgs><TtlChrgsAndTaxAmt Ccy="CHF">1.25</TtlChrgsAndTaxAmt></Chrgs>
              <RltdPties>
                <Dbtr><Pty><Nm>Muster AG</Nm><PstlAdr><StrtNm>Hauptstr.</StrtNm><BldgNb>1</BldgNb>
                  <PstCd>8000</PstCd><TwnNm>Zürich</TwnNm><Ctry>CH</Ctry></PstlAdr>
                  <Id><OrgId><Othr><Id>CHE-123.456.789</Id></Othr></OrgId></Id></Pty></Dbtr>
                <DbtrAcct><Id><IBAN>CH5604835012345678009</IBAN></Id></DbtrAcct>
                <UltmtDbtr><Pty><Nm>Muster Holding</Nm></Pty></UltmtDbtr>
                <Cdtr><Pty><Nm>Our Company</Nm></Pty></Cdtr>
              </RltdPties>
              <RltdAgts><DbtrAgt><FinInstnId><BICFI>UBSWCHZH80A</BICFI></FinInstnId></DbtrAgt></RltdAgts>
              <RmtInf><Ustrd>Invoice 2024-17</Ustrd><Ustrd>second line</Ustrd>
                <Strd><RfrdDocInf><Nb>F-17</Nb></RfrdDocInf>
                  <CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>
                  <Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
              <RtrInf><Rsn><Cd>AC04</Cd></Rsn><AddtlInf>closed account</AddtlInf></RtrInf>
            </TxDtls></NtryDtls>""";

    private static StatementEntry readEntry(String xml) {
        return read(xml).get(0).entries().get(0);
    }

    @Test
    void transactionFieldsKept() {
        StatementEntry entry = readEntry(camt053(8, statement("Stmt", "S1", entry("95.00", "CRDT",
                "<Sts><Cd>BOOK</Cd></Sts><AcctSvcrRef>BANK-1</AcctSvcrRef>" + TX_V8
                        + "<AddtlNtryInf>SEPA credit</AddtlNtryInf>"))));
        TransactionDetails tx = entry.details().get(0);
        assertEquals("BANK-1", entry.bankReference());
        assertEquals("SEPA credit", entry.additionalInfo());
        assertEquals(new BankTransactionCode(null, null, null, "NTRF+166", "ZKA"),
                entry.transactionCode(), "entry code falls back to the transaction's");
        assertEquals("I-1", tx.instructionId());
        assertEquals("E-1", tx.endToEndId());
        assertEquals("T-1", tx.transactionId());
        assertEquals("M-1", tx.mandateId());
        assertEquals("255ae394-9965-4438-ac86-f406feada396", tx.uetr());
        assertEquals(new StatementAmount(new BigDecimal("100.00"), "EUR"), tx.instructedAmount());
        assertEquals(new StatementAmount(new BigDecimal("1.25"), "CHF"), tx.charges());
        assertEquals(List.of("Invoice 2024-17", "second line"), tx.remittanceText());
        assertEquals(new CreditorReference("RF18539007547034", "SCOR"), tx.creditorReference());
        assertEquals("AC04", tx.returnReason());
        assertEquals("closed account", tx.extra().get("returnInfo"));
        assertEquals("F-17", tx.extra().get("referredDocuments"));
    }

    @Test
    void counterpartyOfCreditIsDebtor() {
        TransactionDetails tx = readEntry(camt053(8, statement("Stmt", "S1", entry("95.00", "CRDT",
                "<Sts><Cd>BOOK</Cd></Sts>" + TX_V8)))).details().get(0);
        assertEquals("Muster AG", tx.counterparty().name());
        assertEquals("CH5604835012345678009", tx.counterparty().account().iban());
        assertEquals("UBSWCHZH80A", tx.counterparty().account().bic());
        assertEquals("CHE-123.456.789", tx.counterparty().taxId());
        assertEquals("Hauptstr. 1\n8000 Zürich\nCH", tx.counterparty().address());
        assertEquals("Muster Holding", tx.extra().get("ultimateDebtorName"));
        assertEquals("Our Company", tx.extra().get("creditorName"));
    }

    @Test
    void counterpartyOfDebitIsCreditor() {
        String tx = "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Us</Nm></Dbtr><Cdtr><Nm>Supplier</Nm>"
                + "</Cdtr><CdtrAcct><Id><Othr><Id>123-456</Id></Othr></Id></CdtrAcct></RltdPties>"
                + "</TxDtls></NtryDtls>";
        TransactionDetails details = readEntry(camt053(4, statement("Stmt", "S1",
                entry("10.00", "DBIT", "<Sts>BOOK</Sts>" + tx)))).details().get(0);
        assertEquals("Supplier", details.counterparty().name());
        assertEquals("123-456", details.counterparty().account().other());
    }

    @Test
    void creditorReferenceTypesKept() {
        for (String type : List.of("QRR", "ISR Reference")) {
            String tx = "<NtryDtls><TxDtls><RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Prtry>" + type
                    + "</Prtry></CdOrPrtry></Tp><Ref>210000000003139471430009017</Ref></CdtrRefInf>"
                    + "</Strd></RmtInf></TxDtls></NtryDtls>";
            CreditorReference reference = readEntry(camt054(4, statement("Ntfctn", "N1",
                    entry("5.00", "CRDT", "<Sts>BOOK</Sts>" + tx)))).details().get(0).creditorReference();
            assertEquals(new CreditorReference("210000000003139471430009017", type), reference);
        }
    }

    @Test
    void entryChargesKeptOnSingleTransaction() {
        StatementEntry entry = readEntry(camt053(2, statement("Stmt", "S1", entry("10.00", "DBIT",
                "<Sts>BOOK</Sts><Chrgs><Amt Ccy=\"CHF\">0.50</Amt></Chrgs>"
                        + "<Chrgs><Amt Ccy=\"CHF\">0.20</Amt></Chrgs>"))));
        assertEquals(new StatementAmount(new BigDecimal("0.70"), "CHF"), entry.details().get(0).charges());
        assertEquals("CHF 0.70", entry.extra().get("charges"));
    }

    @Test
    void missingAmountNamesEntry() {
        String xml = camt053(4, statement("Stmt", "S1", "<Ntry><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts>BOOK</Sts></Ntry>"));
        MalformedStatementException e = assertThrows(MalformedStatementException.class, () -> read(xml));
        assertTrue(e.position().path().endsWith("/Stmt[1]/Ntry[1]"), e.position().path());
        assertTrue(e.getMessage().contains("no Amt"), e.getMessage());
    }

    @Test
    void invalidAmountNamesField() {
        String xml = camt053(4, statement("Stmt", "S1", entry("12,50", "CRDT", "<Sts>BOOK</Sts>")));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> read(xml));
        assertEquals("/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt", e.position().path());
        assertTrue(e.getMessage().contains("'12,50'"), e.getMessage());
        assertTrue(e.position().line() > 0, "line");
    }

    @Test
    void invalidDateNamesField() {
        String xml = camt053(4, statement("Stmt", "S1", entry("1.00", "CRDT",
                "<Sts>BOOK</Sts><BookgDt><Dt>2024-02-30</Dt></BookgDt>")));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> read(xml));
        assertTrue(e.position().path().endsWith("/Ntry[1]/BookgDt"), e.position().path());
    }

    @Test
    void unknownStatusRejected() {
        String xml = camt053(4, statement("Stmt", "S1", entry("1.00", "CRDT", "<Sts>DONE</Sts>")));
        assertThrows(InvalidValueException.class, () -> read(xml));
    }

    @Test
    void messageElementMustMatchNamespace() {
        String xml = camt053(4, statement("Stmt", "S1", ""))
                .replace("BkToCstmrStmt>", "BkToCstmrAcctRpt>");
        MalformedStatementException e = assertThrows(MalformedStatementException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("expected BkToCstmrStmt"), e.getMessage());
    }

    @Test
    void entryBeforeAccountRejected() {
        String xml = camt053(4, "<Stmt><Id>S</Id>" + entry("1.00", "CRDT", "<Sts>BOOK</Sts>")
                + "</Stmt>");
        assertThrows(MalformedStatementException.class, () -> read(xml));
    }

    @Test
    void handlerExceptionPropagatesUnchanged() {
        IllegalStateException stop = new IllegalStateException("host stops");
        String xml = camt053(4, statement("Stmt", "S1", entry("1.00", "CRDT", "<Sts>BOOK</Sts>")));
        StatementHandler handler = new StatementHandler() {
            @Override
            public void startStatement(StatementHeader header) {}

            @Override
            public void entry(StatementEntry entry) {
                throw stop;
            }

            @Override
            public void endStatement(StatementTrailer trailer) {}
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> CamtReader.create().read(new ByteArrayInputStream(
                        xml.getBytes(StandardCharsets.UTF_8)), "t.xml", handler));
        assertSame(stop, thrown);
    }
}
