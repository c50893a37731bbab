package io.github.receivables.examples.quickstart.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.jdbc.JdbcStores;
import io.github.receivables.reconciliation.camt.CamtReader;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.Versioned;
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
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run that fails during or right after matching leaves the statement entries unrecorded, so
 * the next run of the same file decides them and applies each payment exactly once.
 */
class StatementReconciliationCrashTest {

    private static final Instant NOW = Instant.parse("2025-07-01T14:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    private static final DocumentId INVOICE = DocumentId.of("INV-1001");
    private static final CustomerId CUSTOMER = CustomerId.of("C1");
    private static final String CUSTOMER_NAME = "Comercial Andes SpA";
    private static final Currency CLP = Currency.getInstance("CLP");

    private final JdbcConnectionPool pool = JdbcConnectionPool.create(
            "jdbc:h2:mem:crash-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final Stores stores = JdbcStores.builder(pool)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    StatementReconciliationCrashTest() {
        stores.customers().insert(Customer.builder(CUSTOMER, CUSTOMER_NAME)
                .taxId(Rut.of(76_000_001)).build());
        stores.documents().insert(Document.builder(INVOICE, CUSTOMER, DocumentKind.INVOICE)
                .number("1001").issueDate(DAY.minusDays(33)).dueDate(DAY.minusDays(3))
                .total(Money.ofMinor(100_000, CLP)).build());
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
    void failureBeforeMatchingThenRerunApplies() {
        List<BankStatement> file = read(entry(100_000, "E2E-0001", CUSTOMER_NAME, "factura 1001"));
        assertThrows(SimulatedCrash.class, () -> StatementReconciliation.run(stores, file, NOW,
                DAY, fresh -> {
                    throw new SimulatedCrash();
                }));
        assertEquals(0, settled());

        StatementReconciliation.Outcome rerun = StatementReconciliation.run(stores, file, NOW,
                DAY);

        assertEquals(0, rerun.duplicates());
        assertEquals(LineOutcome.Action.AUTO_APPLIED, onlyOutcome(rerun).action());
        assertEquals(100_000, settled());
        assertEquals(1, stores.allocations().findByDocument(INVOICE).size());
    }

    @Test
    void failureAfterMatchingThenRerunAppliesOnce() {
        List<BankStatement> file = read(entry(100_000, "E2E-0001", CUSTOMER_NAME, "factura 1001"));
        assertThrows(SimulatedCrash.class, () -> StatementReconciliation.run(stores, file, NOW,
                DAY, matchThenFail()));
        assertEquals(100_000, settled());

        StatementReconciliation.Outcome rerun = StatementReconciliation.run(stores, file, NOW,
                DAY);

        assertEquals(0, rerun.duplicates());
        assertEquals(LineOutcome.Action.ALREADY_DECIDED, onlyOutcome(rerun).action());
        assertEquals(100_000, settled());
        assertEquals(1, stores.allocations().findByDocument(INVOICE).size());
        assertEquals(1, customerPayments().size());
    }

    @Test
    void entriesRecordedAfterSuccessfulRun() {
        List<BankStatement> file = read(entry(100_000, "E2E-0001", CUSTOMER_NAME, "factura 1001"));
        assertThrows(SimulatedCrash.class, () -> StatementReconciliation.run(stores, file, NOW,
                DAY, matchThenFail()));
        StatementReconciliation.run(stores, file, NOW, DAY);

        StatementReconciliation.Outcome third = StatementReconciliation.run(stores, file, NOW,
                DAY);

        assertEquals(1, third.duplicates());
        assertTrue(third.result().report().outcomes().isEmpty());
        assertEquals(100_000, settled());
    }

    @Test
    void failureAfterUnmatchedLineStoresCashOnRerun() {
        List<BankStatement> file = read(entry(55_555, "E2E-0002", "Importadora Sur Ltda",
                "anticipo"));
        assertThrows(SimulatedCrash.class, () -> StatementReconciliation.run(stores, file, NOW,
                DAY, matchThenFail()));
        assertEquals(0, unidentified().size());

        StatementReconciliation.Outcome rerun = StatementReconciliation.run(stores, file, NOW,
                DAY);

        assertEquals(LineOutcome.Action.ALREADY_DECIDED, onlyOutcome(rerun).action());
        assertEquals(1, rerun.result().reviewQueue().size());
        List<Versioned<Payment>> cash = unidentified();
        assertEquals(1, cash.size());
        assertEquals(Money.ofMinor(55_555, CLP), cash.get(0).value().amount());
    }

    /** Runs the real matching, which stores each decision, and then fails. */
    private Function<List<BankStatement>, StoreReconciler.Result> matchThenFail() {
        return fresh -> {
            StoreReconciler.open(stores, MatchingConfig.defaults(),
                    Clock.fixed(NOW, ZoneOffset.UTC), DAY).run(fresh);
            throw new SimulatedCrash();
        };
    }

    private static LineOutcome onlyOutcome(StatementReconciliation.Outcome outcome) {
        List<LineOutcome> outcomes = outcome.result().report().outcomes();
        assertEquals(1, outcomes.size(), outcomes.toString());
        return outcomes.get(0);
    }

    private long settled() {
        return stores.allocations().findByDocument(INVOICE).stream()
                .filter(allocation -> allocation.reversedOn() == null)
                .mapToLong(allocation -> allocation.amount().minorUnits()).sum();
    }

    private List<Versioned<Payment>> customerPayments() {
        return stores.payments().findByCustomer(CUSTOMER, PageRequest.first(10)).items();
    }

    private List<Versioned<Payment>> unidentified() {
        return stores.payments().findUnidentified(PageRequest.first(10)).items();
    }

    private static List<BankStatement> read(String entry) {
        String camt = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
                + "<BkToCstmrStmt><GrpHdr><MsgId>MSG-S1</MsgId>"
                + "<CreDtTm>" + DAY + "T18:00:00-04:00</CreDtTm></GrpHdr>\n"
                + "<Stmt><Id>S1</Id><Acct><Id><Othr><Id>0012345001</Id></Othr></Id>"
                + "<Ccy>CLP</Ccy></Acct>\n" + entry + "\n</Stmt></BkToCstmrStmt></Document>\n";
        return CamtReader.create().readAll(new ByteArrayInputStream(
                camt.getBytes(StandardCharsets.UTF_8)), "camt053.xml");
    }

    /** Returns a booked CLP credit from the payer with the given remittance text. */
    private static String entry(long amount, String endToEndId, String payer,
            String remittance) {
        return "<Ntry><Amt Ccy=\"CLP\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
                + "<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>" + DAY + "</Dt></BookgDt>"
                + "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>"
                + "</Fmly></Domn></BkTxCd><NtryDtls><TxDtls>"
                + "<Refs><EndToEndId>" + endToEndId + "</EndToEndId></Refs>"
                + "<RltdPties><Dbtr><Pty><Nm>" + payer + "</Nm></Pty></Dbtr></RltdPties>"
                + "<RmtInf><Ustrd>" + remittance + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }

    /** Stands for a process that stops or a store that fails in the middle of a run. */
    private static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated failure during reconciliation");
        }
    }
}
