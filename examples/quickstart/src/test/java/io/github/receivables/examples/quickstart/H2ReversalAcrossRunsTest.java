package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.CustomerPosition;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.jdbc.JdbcStores;
import io.github.receivables.examples.quickstart.store.LedgerLoader;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.MatchStatus;
import io.github.receivables.spi.store.Stores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reversal in a later camt.053 statement reopens the invoice that an earlier run settled, over
 * the JDBC store on H2. Each run opens its own {@link StoreReconciler}, as a separate process
 * would.
 */
class H2ReversalAcrossRunsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-07T12:00:00Z"),
            ZoneOffset.UTC);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate SECOND_DAY = LocalDate.of(2025, 7, 7);
    private static final DocumentId INVOICE = DocumentId.of("INV-1001");
    private static final CustomerId CUSTOMER = CustomerId.of("C1");
    private static final Currency CLP = Currency.getInstance("CLP");

    private final JdbcConnectionPool pool = JdbcConnectionPool.create(
            "jdbc:h2:mem:reversals-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Stores stores = JdbcStores.builder(pool).clock(CLOCK).build();

    H2ReversalAcrossRunsTest() {
        CustomerId customer = CUSTOMER;
        stores.customers().insert(Customer.builder(customer, "Comercial Andes SpA")
                .taxId(Rut.of(76_000_001)).build());
        stores.documents().insert(Document.builder(INVOICE, customer, DocumentKind.INVOICE)
                .number("1001").issueDate(FIRST_DAY.minusDays(33)).dueDate(FIRST_DAY.minusDays(3))
                .total(Money.ofMinor(100_000, Currency.getInstance("CLP"))).build());
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        pool.dispose();
    }

    @Test
    void reversalByEndToEndIdReopensInvoice() {
        LineOutcome applied = run(FIRST_DAY, statement("S1", FIRST_DAY, entry("CRDT", "")))
                .get(0);
        assertEquals(LineOutcome.Action.AUTO_APPLIED, applied.action());
        assertEquals(100_000, settled());

        LineOutcome reversed = run(SECOND_DAY, statement("S2", SECOND_DAY,
                entry("DBIT", "<RvslInd>true</RvslInd>"))).get(0);

        assertEquals(LineOutcome.Action.REVERSED, reversed.action());
        assertEquals(applied.line().id(), reversed.decision().relatedLineId());
        assertEquals(0, settled());
        assertEquals(MatchStatus.UNAPPLIED, stores.matchDecisions()
                .find(MatchDecisionId.of(applied.line().id())).orElseThrow().value().status());
    }

    @Test
    void rerunOfReversalChangesNothing() {
        String original = run(FIRST_DAY, statement("S1", FIRST_DAY, entry("CRDT", ""))).get(0)
                .line().id();
        String second = statement("S2", SECOND_DAY, entry("DBIT", "<RvslInd>true</RvslInd>"));
        run(SECOND_DAY, second);

        LineOutcome again = run(SECOND_DAY, second).get(0);

        assertEquals(LineOutcome.Action.ALREADY_DECIDED, again.action());
        assertEquals(0, settled());
        assertEquals(1, stores.allocations().findByDocument(INVOICE).size());
        assertEquals(1, stores.paymentAdjustments().findBySource(original).size());
    }

    @Test
    void reversalLeavesNoCreditInLoadedLedger() {
        run(FIRST_DAY, statement("S1", FIRST_DAY, entry("CRDT", "")));

        run(SECOND_DAY, statement("S2", SECOND_DAY, entry("DBIT", "<RvslInd>true</RvslInd>")));

        Ledger ledger = LedgerLoader.load(stores).ledger();
        CustomerPosition position = ledger.position(CUSTOMER, CLP, SECOND_DAY);
        assertEquals(Money.ofMinor(100_000, CLP), position.open());
        assertEquals(Money.zero(CLP), position.creditBalance());
    }

    private List<LineOutcome> run(LocalDate day, String camt) {
        StoreReconciler reconciler = StoreReconciler.open(stores, MatchingConfig.defaults(),
                CLOCK, day);
        return reconciler.run(CamtReader.create().readAll(new ByteArrayInputStream(
                camt.getBytes(StandardCharsets.UTF_8)), "camt053.xml")).report().outcomes();
    }

    private long settled() {
        return stores.allocations().findByDocument(INVOICE).stream()
                .filter(allocation -> allocation.reversedOn() == null)
                .mapToLong(allocation -> allocation.amount().minorUnits()).sum();
    }

    private static String statement(String id, LocalDate day, String entry) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
                + "<BkToCstmrStmt><GrpHdr><MsgId>MSG-" + id + "</MsgId>"
                + "<CreDtTm>" + day + "T18:00:00-04:00</CreDtTm></GrpHdr>\n"
                + "<Stmt><Id>" + id + "</Id><Acct><Id><Othr><Id>0012345001</Id></Othr></Id>"
                + "<Ccy>CLP</Ccy></Acct>\n" + entry.replace("BOOKING_DAY", day.toString())
                + "\n</Stmt></BkToCstmrStmt></Document>\n";
    }

    /** Returns an entry of 100000 CLP with end-to-end id E2E-0001 paying invoice 1001. */
    private static String entry(String direction, String reversal) {
        return "<Ntry><Amt Ccy=\"CLP\">100000</Amt><CdtDbtInd>" + direction + "</CdtDbtInd>"
                + reversal + "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>BOOKING_DAY</Dt></BookgDt>"
                + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
                + "</Fmly></Domn></BkTxCd><NtryDtls><TxDtls>"
                + "<Refs><EndToEndId>E2E-0001</EndToEndId></Refs>"
                + "<RltdPties><Dbtr><Pty><Nm>Comercial Andes SpA</Nm></Pty></Dbtr></RltdPties>"
                + "<RmtInf><Ustrd>factura 1001</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }
}
