package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reversal in a later camt.053 statement, read by a new {@link StoreReconciler} over the same
 * stores (a new process), reopens what the original line settled in an earlier run.
 */
class StoreReversalAcrossRunsTest {

    private static final LocalDate FIRST_DAY = Fixtures.DAY;
    private static final LocalDate SECOND_DAY = Fixtures.DAY.plusDays(7);
    private static final String PAYER = "Comercial Andes SpA";
    private static final String PAYER_IBAN = "CL1200000000000012345678";

    private final StorePortfolio portfolio = new StorePortfolio(FIRST_DAY);
    private final DocumentId invoice;

    StoreReversalAcrossRunsTest() {
        portfolio.customer("C1", PAYER, 76_000_001);
        invoice = portfolio.invoice("C1", "1001", 100_000);
    }

    @Test
    void endToEndIdReopensDocument() {
        String original = applyInFirstRun(credit("100000", "BNK-0001", "E2E-0001", "factura 1001"));

        LineOutcome outcome = secondRun(reversal("100000", "E2E-0001", null, "DEVOLUCION"))
                .get(0);

        assertReversed(original, outcome);
    }

    @Test
    void bankReferenceInTextReopensDocument() {
        String original = applyInFirstRun(credit("100000", "BNK-0002", "NOTPROVIDED",
                "factura 1001"));

        LineOutcome outcome = secondRun(reversal("100000", "NOTPROVIDED", null,
                "ANULACION BNK-0002")).get(0);

        assertReversed(original, outcome);
    }

    @Test
    void amountAndPayerAccountReopenDocument() {
        String original = applyInFirstRun(credit("100000", null, null, "factura 1001"));

        LineOutcome outcome = secondRun(reversal("100000", null, PAYER_IBAN, "DEVOLUCION"))
                .get(0);

        assertReversed(original, outcome);
    }

    @Test
    void reopenedDocumentTakesNewPayment() {
        applyInFirstRun(credit("100000", "BNK-0001", "E2E-0001", "factura 1001"));
        secondRun(reversal("100000", "E2E-0001", null, "DEVOLUCION"));

        LineOutcome repaid = run(SECOND_DAY.plusDays(1), statement("S3", SECOND_DAY.plusDays(1),
                credit("100000", "BNK-0003", "E2E-0003", "factura 1001"))).get(0);

        assertEquals(LineOutcome.Action.AUTO_APPLIED, repaid.action());
        assertEquals(100_000, portfolio.settledMinor(invoice));
    }

    @Test
    void rerunOfReversalChangesNothing() {
        applyInFirstRun(credit("100000", "BNK-0001", "E2E-0001", "factura 1001"));
        String second = statement("S2", SECOND_DAY,
                reversal("100000", "E2E-0001", null, "DEVOLUCION"));
        run(SECOND_DAY, second);
        StorePortfolio.Snapshot before = portfolio.snapshot();

        LineOutcome again = run(SECOND_DAY, second).get(0);

        assertEquals(LineOutcome.Action.ALREADY_DECIDED, again.action());
        assertEquals(DecisionStatus.REVERSAL_APPLIED, again.decision().status());
        assertEquals(before, portfolio.snapshot());
    }

    @Test
    void twoAppliedOriginalsWaitForReview() {
        DocumentId other = portfolio.invoice("C1", "1002", 100_000);
        run(FIRST_DAY, statement("S1", FIRST_DAY,
                credit("100000", null, null, "factura 1001"),
                credit("100000", null, null, "factura 1002")));

        LineOutcome outcome = secondRun(reversal("100000", null, PAYER_IBAN, "DEVOLUCION"))
                .get(0);

        assertEquals(LineOutcome.Action.REVERSAL_UNRESOLVED, outcome.action());
        assertEquals(100_000, portfolio.settledMinor(invoice));
        assertEquals(100_000, portfolio.settledMinor(other));
    }

    @Test
    void amountLookBackSkipsOlderOriginal() {
        DocumentId other = portfolio.invoice("C1", "1002", 100_000);
        LocalDate later = FIRST_DAY.plusDays(200);
        run(FIRST_DAY, statement("S1", FIRST_DAY, credit("100000", null, null, "factura 1001")));
        run(later, statement("S2", later, credit("100000", null, null, "factura 1002")));

        LineOutcome outcome = run(later.plusDays(7), statement("S3", later.plusDays(7),
                reversal("100000", null, PAYER_IBAN, "DEVOLUCION"))).get(0);

        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(100_000, portfolio.settledMinor(invoice));
        assertEquals(0, portfolio.settledMinor(other));
    }

    @Test
    void amountOriginalBeforeWindowWaitsForReview() {
        applyInFirstRun(credit("100000", null, null, "factura 1001"));
        LocalDate late = FIRST_DAY.plusDays(121);

        LineOutcome outcome = run(late, statement("S2", late,
                reversal("100000", null, PAYER_IBAN, "DEVOLUCION"))).get(0);

        assertEquals(LineOutcome.Action.REVERSAL_UNRESOLVED, outcome.action());
        assertEquals(100_000, portfolio.settledMinor(invoice));
    }

    @Test
    void longerLookBackFindsLateReversal() {
        applyInFirstRun(credit("100000", null, null, "factura 1001"));
        LocalDate late = FIRST_DAY.plusDays(121);
        MatchingConfig config = MatchingConfig.builder().reversalLookBackDays(180).build();

        LineOutcome outcome = run(late, statement("S2", late,
                reversal("100000", null, PAYER_IBAN, "DEVOLUCION")), config).get(0);

        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(0, portfolio.settledMinor(invoice));
    }

    /** Runs statement 1 with one entry in its own reconciler and returns the applied line. */
    private String applyInFirstRun(String entry) {
        LineOutcome applied = run(FIRST_DAY, statement("S1", FIRST_DAY, entry)).get(0);
        assertEquals(LineOutcome.Action.AUTO_APPLIED, applied.action(), "first run");
        assertEquals(100_000, portfolio.settledMinor(invoice), "settled by the first run");
        return applied.line().id();
    }

    private List<LineOutcome> secondRun(String entry) {
        return run(SECOND_DAY, statement("S2", SECOND_DAY, entry));
    }

    /** Opens a new reconciler over the portfolio's stores, as a new process would. */
    private List<LineOutcome> run(LocalDate day, String camt) {
        return run(day, camt, MatchingConfig.defaults());
    }

    private List<LineOutcome> run(LocalDate day, String camt, MatchingConfig config) {
        List<BankStatement> statements = CamtReader.create().readAll(
                new ByteArrayInputStream(camt.getBytes(StandardCharsets.UTF_8)), "camt053.xml");
        StoreReconciler reconciler = StoreReconciler.open(portfolio.stores, config,
                StorePortfolio.CLOCK, day);
        return reconciler.run(statements).report().outcomes();
    }

    private void assertReversed(String original, LineOutcome outcome) {
        assertEquals(LineOutcome.Action.REVERSED, outcome.action());
        assertEquals(original, outcome.decision().relatedLineId());
        assertEquals(0, portfolio.settledMinor(invoice));
        MatchDecision stored = portfolio.stores.matchDecisions()
                .find(MatchDecisionId.of(original)).orElseThrow().value();
        assertEquals(MatchStatus.UNAPPLIED, stored.status());
        assertEquals(StoreAllocationWriter.BANK_REVERSAL_ACTOR, stored.decidedBy());
        portfolio.stores.allocations().findByDocument(invoice)
                .forEach(allocation -> assertEquals(SECOND_DAY, allocation.reversedOn()));
        assertNotNull(stored.lineKeys(), "line keys of the original");
    }

    private static String statement(String id, LocalDate day, String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
                + "<BkToCstmrStmt><GrpHdr><MsgId>MSG-" + id + "</MsgId>"
                + "<CreDtTm>" + day + "T18:00:00-04:00</CreDtTm></GrpHdr>\n"
                + "<Stmt><Id>" + id + "</Id><Acct><Id><Othr><Id>0012345001</Id></Othr></Id>"
                + "<Ccy>CLP</Ccy></Acct>\n"
                + String.join("\n", entries).replace("BOOKING_DAY", day.toString())
                + "\n</Stmt></BkToCstmrStmt></Document>\n";
    }

    /** Returns a booked credit from the payer; null leaves a reference out. */
    private static String credit(String amount, String bankReference, String endToEndId,
            String text) {
        return "<Ntry><Amt Ccy=\"CLP\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>BOOKING_DAY</Dt></BookgDt>"
                + optional("AcctSvcrRef", bankReference)
                + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
                + "</Fmly></Domn></BkTxCd>"
                + "<NtryDtls><TxDtls>" + refs(endToEndId)
                + "<RltdPties><Dbtr><Pty><Nm>" + PAYER + "</Nm></Pty></Dbtr>"
                + "<DbtrAcct><Id><IBAN>" + PAYER_IBAN + "</IBAN></Id></DbtrAcct></RltdPties>"
                + "<RmtInf><Ustrd>" + text + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    /** Returns a booked reversal of a credit; a null account leaves the payer out. */
    private static String reversal(String amount, String endToEndId, String payerAccount,
            String text) {
        String parties = payerAccount == null ? "" : "<RltdPties><DbtrAcct><Id><IBAN>"
                + payerAccount + "</IBAN></Id></DbtrAcct></RltdPties>";
        return "<Ntry><Amt Ccy=\"CLP\">" + amount + "</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                + "<RvslInd>true</RvslInd>"
                + "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>BOOKING_DAY</Dt></BookgDt>"
                + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
                + "</Fmly></Domn></BkTxCd>"
                + "<NtryDtls><TxDtls>" + refs(endToEndId) + parties
                + "<RmtInf><Ustrd>" + text + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    private static String refs(String endToEndId) {
        return endToEndId == null ? "" : "<Refs><EndToEndId>" + endToEndId + "</EndToEndId></Refs>";
    }

    private static String optional(String element, String value) {
        return value == null ? "" : "<" + element + ">" + value + "</" + element + ">";
    }
}
