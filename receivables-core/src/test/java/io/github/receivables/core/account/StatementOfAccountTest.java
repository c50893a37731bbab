package io.github.receivables.core.account;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.USD;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.money;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.aging.AgingRow;
import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.fx.ExchangeRate;
import io.github.receivables.core.fx.ExchangeRateTable;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import io.github.receivables.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementOfAccountTest {

    private final Ledger ledger = new Ledger();

    private void february() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-15", "2024-02-14"));
        ledger.addDocument(invoice("F-2", ACME, clp(50_000), "2024-02-05", "2024-03-06"));
        ledger.addPayment(payment("P-1", ACME, clp(60_000), "2024-02-10"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-02-10"),
                AllocationRequest.of(DocumentId.of("F-1"), clp(60_000)));
        ledger.addDocument(Document.builder(DocumentId.of("N-1"), ACME, DocumentKind.CREDIT_NOTE)
                .issueDate(day("2024-02-20")).total(clp(10_000))
                .reference(DocumentId.of("F-2"), ReferenceEffect.REDUCES_AMOUNT).build());
        ledger.applyReferences(DocumentId.of("N-1"));
    }

    @Test
    void closingBalanceEqualsAgingTotal() {
        february();

        StatementOfAccount statement = Statements.of(ledger, ACME, CLP, day("2024-02-01"),
                day("2024-02-29"));

        AgingRow row = Aging.compute(ledger, day("2024-02-29"), AgingOptions.standard())
                .row(ACME, CLP).orElseThrow();
        assertEquals(clp(0), row.credit());
        assertEquals(row.total(), statement.closing());
        assertEquals(clp(80_000), statement.closing());
        assertEquals(clp(100_000), statement.opening());
    }

    @Test
    void linesCarryRunningBalanceInDayOrder() {
        february();

        StatementOfAccount statement = Statements.of(ledger, ACME, CLP, day("2024-02-01"),
                day("2024-02-29"));

        List<MovementKind> kinds = statement.lines().stream().map(StatementLine::kind).toList();
        assertEquals(List.of(MovementKind.DOCUMENT_ISSUED, MovementKind.PAYMENT_RECEIVED,
                MovementKind.ALLOCATION, MovementKind.CREDIT_NOTE_ISSUED,
                MovementKind.ALLOCATION), kinds);
        List<Money> balances = statement.lines().stream().map(StatementLine::balance).toList();
        assertEquals(List.of(clp(150_000), clp(90_000), clp(90_000), clp(80_000), clp(80_000)),
                balances);
        assertEquals(clp(60_000), statement.lines().get(2).amount());
        assertEquals("F-1", statement.lines().get(2).reference());
    }

    @Test
    void overpaymentClosesNegativeLikeAgingNet() {
        ledger.addDocument(invoice("F-1", ACME, clp(100_000), "2024-01-15", "2024-02-14"));
        ledger.addPayment(payment("P-1", ACME, clp(130_000), "2024-02-10"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-02-10"),
                AllocationRequest.of(DocumentId.of("F-1"), clp(100_000)));

        StatementOfAccount statement = Statements.of(ledger, ACME, CLP, day("2024-02-01"),
                day("2024-02-29"));

        AgingRow row = Aging.compute(ledger, day("2024-02-29"), AgingOptions.standard())
                .row(ACME, CLP).orElseThrow();
        assertEquals(clp(-30_000), statement.closing());
        assertEquals(row.net(), statement.closing());
        assertEquals(clp(30_000), row.unappliedCash());
    }

    @Test
    void reversalRaisesNothingButShowsLine() {
        february();
        Allocation first = ledger.allocations().get(0);
        ledger.reverse(first.id(), day("2024-02-25"));

        StatementOfAccount statement = Statements.of(ledger, ACME, CLP, day("2024-02-21"),
                day("2024-02-29"));

        assertEquals(1, statement.lines().size());
        assertEquals(MovementKind.ALLOCATION_REVERSED, statement.lines().get(0).kind());
        assertEquals(clp(0), statement.lines().get(0).change());
        assertEquals(statement.opening(), statement.closing());
        AgingRow row = Aging.compute(ledger, day("2024-02-29"), AgingOptions.standard())
                .row(ACME, CLP).orElseThrow();
        assertEquals(row.net(), statement.closing());
    }

    @Test
    void allocationAcrossCurrenciesMovesBothStatements() {
        ExchangeRateTable rates = new ExchangeRateTable()
                .add(new ExchangeRate(USD, CLP, day("2024-01-15"), new BigDecimal("900")));
        Ledger fx = new Ledger(rates, RoundingMode.HALF_UP);
        fx.addDocument(invoice("F-1", ACME, money("100.00", USD), "2024-01-15", "2024-02-14"));
        fx.addPayment(payment("P-1", ACME, clp(95_000), "2024-02-10"));
        fx.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-02-10"),
                AllocationRequest.across(DocumentId.of("F-1"), money("100.00", USD),
                        clp(95_000)));

        StatementOfAccount dollars = Statements.of(fx, ACME, USD, day("2024-02-01"),
                day("2024-02-29"));
        StatementOfAccount pesos = Statements.of(fx, ACME, CLP, day("2024-02-01"),
                day("2024-02-29"));

        assertEquals(money("0.00", USD), dollars.closing());
        assertEquals(money("-100.00", USD), dollars.lines().get(0).change());
        assertEquals(clp(0), pesos.closing());
        assertEquals(List.of(clp(-95_000), clp(95_000)),
                pesos.lines().stream().map(StatementLine::change).toList());
    }

    @Test
    void periodEndingBeforeStartRejected() {
        assertThrows(IllegalArgumentException.class, () -> Statements.of(ledger, ACME, CLP,
                day("2024-02-02"), day("2024-02-01")));
    }
}
