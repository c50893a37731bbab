package io.github.receivables.core.ledger;

import static io.github.receivables.core.Fixtures.ACME;
import static io.github.receivables.core.Fixtures.CLP;
import static io.github.receivables.core.Fixtures.JOD;
import static io.github.receivables.core.Fixtures.USD;
import static io.github.receivables.core.Fixtures.clp;
import static io.github.receivables.core.Fixtures.day;
import static io.github.receivables.core.Fixtures.invoice;
import static io.github.receivables.core.Fixtures.money;
import static io.github.receivables.core.Fixtures.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.document.DocumentKind;
import io.github.receivables.core.fx.ExchangeRate;
import io.github.receivables.core.fx.ExchangeRateTable;
import io.github.receivables.core.fx.MissingExchangeRateException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerCurrencyTest {

    private static final DocumentId F1 = DocumentId.of("F-1");
    private static final PaymentId P1 = PaymentId.of("P-1");

    @Test
    void mixingCurrenciesWithoutBookedRatesNamesBoth() {
        Ledger ledger = new Ledger();
        ledger.addDocument(invoice("F-1", ACME, clp(90_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, money("100.00", USD), "2024-01-10"));

        LedgerException error = assertThrows(LedgerException.class, () -> ledger.apply(
                AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.across(F1, clp(90_000), money("100.00", USD))));

        assertTrue(error.getMessage().contains("USD"), error.getMessage());
        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
        assertEquals(List.of(), ledger.allocations());
    }

    @Test
    void amountInWrongCurrencyNamesBoth() {
        Ledger ledger = new Ledger();
        ledger.addDocument(invoice("F-1", ACME, clp(90_000), "2024-01-02", "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, money("100.00", USD), "2024-01-10"));

        LedgerException error = assertThrows(LedgerException.class, () -> ledger.apply(
                AllocationSource.payment(P1), day("2024-01-10"),
                AllocationRequest.of(F1, money("100.00", USD))));

        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
        assertTrue(error.getMessage().contains("USD"), error.getMessage());
    }

    @Test
    void allocationAcrossCurrenciesGivesExchangeDifference() {
        ExchangeRateTable booked = new ExchangeRateTable()
                .add(new ExchangeRate(USD, CLP, day("2024-01-02"), new BigDecimal("900")));
        Ledger ledger = new Ledger(booked, RoundingMode.HALF_UP);
        ledger.addDocument(invoice("F-1", ACME, money("100.00", USD), "2024-01-02",
                "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(95_000), "2024-01-20"));

        Application application = ledger.apply(AllocationSource.payment(P1), day("2024-01-20"),
                AllocationRequest.across(F1, money("100.00", USD), clp(95_000)));

        assertEquals(1, application.exchangeDifferences().size());
        ExchangeDifference difference = application.exchangeDifferences().get(0);
        assertEquals(clp(90_000), difference.bookedSourceAmount());
        assertEquals(clp(5_000), difference.difference());
        assertTrue(difference.isGain());
        assertEquals(money("0.00", USD), ledger.openBalance(F1, day("2024-01-20")));
        assertEquals(clp(0), ledger.unapplied(P1, day("2024-01-20")));
        assertEquals(difference,
                ledger.exchangeDifference(difference.allocationId()).orElseThrow());
    }

    @Test
    void missingBookedRateRejectsAndRecordsNothing() {
        Ledger ledger = new Ledger(new ExchangeRateTable(), RoundingMode.HALF_UP);
        ledger.addDocument(invoice("F-1", ACME, money("100.00", USD), "2024-01-02",
                "2024-02-01"));
        ledger.addPayment(payment("P-1", ACME, clp(95_000), "2024-01-20"));

        MissingExchangeRateException error = assertThrows(MissingExchangeRateException.class,
                () -> ledger.apply(AllocationSource.payment(P1), day("2024-01-20"),
                        AllocationRequest.across(F1, money("100.00", USD), clp(95_000))));

        assertTrue(error.getMessage().contains("USD/CLP"), error.getMessage());
        assertEquals(List.of(), ledger.allocations());
    }

    @Test
    void jodInvoiceKeepsThreeDecimals() {
        Ledger ledger = new Ledger();
        Document document = Document.builder(F1, ACME, DocumentKind.INVOICE)
                .issueDate(day("2024-01-02"))
                .instalment(day("2024-02-01"), money("33.334", JOD))
                .instalment(day("2024-03-01"), money("33.333", JOD))
                .instalment(day("2024-04-01"), money("33.333", JOD))
                .total(money("100.000", JOD))
                .build();
        ledger.addDocument(document);
        ledger.addPayment(payment("P-1", ACME, money("40.001", JOD), "2024-02-01"));

        ledger.apply(AllocationSource.payment(P1), day("2024-02-01"),
                AllocationRequest.of(F1, money("40.001", JOD)));

        List<OpenItem> items = ledger.openItems(day("2024-02-01"));
        assertEquals(money("26.666", JOD), items.get(0).open());
        assertEquals(money("59.999", JOD), ledger.openBalance(F1, day("2024-02-01")));
    }
}
