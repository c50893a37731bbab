package io.github.receivables.core.interest;

import static io.github.receivables.core.Fixtures.ACME;
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
import io.github.receivables.core.document.ReferenceEffect;
import io.github.receivables.core.ledger.AllocationRequest;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.BalanceStep;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.CurrencyMismatchException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateInterestTest {

    private static final DocumentId F1 = DocumentId.of("F-1");

    private static final RateTable MONTHLY = RateTable.of(
            RatePeriod.monthly(day("2024-01-01"), day("2024-02-29"), "2"),
            RatePeriod.monthly(day("2024-03-01"), day("2024-03-31"), "3"));

    private static InterestRequest million(String until) {
        return InterestRequest.constant(ACME, F1, day("2024-01-31"), day(until),
                clp(1_000_000));
    }

    @Test
    void interestAcrossRateChange() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .build();

        LateInterest result = LateInterestCalculator.calculate(policy, million("2024-03-10"));

        assertEquals(2, result.accruals().size());
        InterestAccrual february = result.accruals().get(0);
        assertEquals(day("2024-02-01"), february.from());
        assertEquals(day("2024-02-29"), february.to());
        assertEquals(30, february.days());
        assertEquals(new BigDecimal("24"), february.yearlyPercent());
        assertEquals(10, result.accruals().get(1).days());
        assertEquals(clp(30_000), result.interest());
    }

    @Test
    void paymentStopsInterestFromNextDay() {
        LateInterestPolicy policy = LateInterestPolicy.builder(
                RateTable.of(RatePeriod.yearly(day("2024-01-01"), day("2024-12-31"), "36")),
                DayCount.ACT_360).build();
        InterestRequest request = new InterestRequest(ACME, F1, day("2024-01-31"),
                day("2024-02-29"), List.of(new BalanceStep(day("2024-01-31"), clp(1_000_000)),
                        new BalanceStep(day("2024-02-15"), clp(600_000))));

        LateInterest result = LateInterestCalculator.calculate(policy, request);

        assertEquals(15, result.accruals().get(0).days());
        assertEquals(14, result.accruals().get(1).days());
        assertEquals(clp(23_400), result.interest());
    }

    @Test
    void ledgerHistoryFeedsInterest() {
        Ledger ledger = new Ledger();
        ledger.addDocument(invoice("F-1", ACME, clp(1_000_000), "2024-01-01", "2024-01-31"));
        ledger.addPayment(payment("P-1", ACME, clp(400_000), "2024-02-15"));
        ledger.apply(AllocationSource.payment(PaymentId.of("P-1")), day("2024-02-15"),
                AllocationRequest.of(F1, clp(400_000)));
        LateInterestPolicy policy = LateInterestPolicy.builder(
                RateTable.of(RatePeriod.yearly(day("2024-01-01"), day("2024-12-31"), "36")),
                DayCount.ACT_360).build();

        LateInterest result = LateInterestCalculator.calculate(policy,
                InterestRequest.of(ledger, F1, 0, day("2024-02-29")));

        assertEquals(clp(23_400), result.interest());
    }

    @Test
    void notLateGivesNothing() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .fee(new LateFee.PercentOfBalance(BigDecimal.ONE)).build();

        LateInterest result = LateInterestCalculator.calculate(policy, million("2024-01-31"));

        assertEquals(clp(0), result.total());
        assertTrue(result.accruals().isEmpty());
        assertTrue(result.interestCharge(DocumentId.of("I-1"), day("2024-01-31"),
                day("2024-02-29")).isEmpty());
    }

    @Test
    void percentFeeOnUnpaidBalance() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .fee(new LateFee.PercentOfBalance(BigDecimal.ONE)).build();

        LateInterest result = LateInterestCalculator.calculate(policy, million("2024-02-01"));

        assertEquals(clp(10_000), result.fee());
        assertEquals(clp(1_000_000), result.feeBasis());
    }

    @Test
    void capLimitsInterestNotFee() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .fee(new LateFee.Fixed(clp(5_000)))
                .cap(new InterestCap.PercentOfBalance(BigDecimal.ONE)).build();

        LateInterest result = LateInterestCalculator.calculate(policy, million("2024-03-10"));

        assertEquals(clp(30_000), result.uncappedInterest());
        assertEquals(clp(10_000), result.interest());
        assertTrue(result.isCapped());
        assertEquals(clp(15_000), result.total());
    }

    @Test
    void roundingModeIsExplicit() {
        RateTable table = RateTable.of(RatePeriod.yearly(day("2024-01-01"), day("2024-12-31"),
                "10"));
        InterestRequest request = InterestRequest.constant(ACME, F1, day("2024-01-31"),
                day("2024-02-01"), money("182.50", io.github.receivables.core.Fixtures.EUR));

        LateInterest up = LateInterestCalculator.calculate(LateInterestPolicy.builder(table,
                DayCount.ACT_365).rounding(RoundingMode.HALF_UP).build(), request);
        LateInterest down = LateInterestCalculator.calculate(LateInterestPolicy.builder(table,
                DayCount.ACT_365).rounding(RoundingMode.DOWN).build(), request);

        assertEquals(new BigDecimal("0.0500000000"), up.accruals().get(0).interest());
        assertEquals(money("0.05", io.github.receivables.core.Fixtures.EUR), up.interest());
        assertEquals(money("0.05", io.github.receivables.core.Fixtures.EUR), down.interest());
    }

    @Test
    void missingRateNamesDay() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .build();

        MissingInterestRateException error = assertThrows(MissingInterestRateException.class,
                () -> LateInterestCalculator.calculate(policy, million("2024-04-02")));

        assertTrue(error.getMessage().contains("2024-04-01"), error.getMessage());
    }

    @Test
    void fixedFeeInOtherCurrencyRejected() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .fee(new LateFee.Fixed(money("40.00", io.github.receivables.core.Fixtures.EUR)))
                .build();

        CurrencyMismatchException error = assertThrows(CurrencyMismatchException.class,
                () -> LateInterestCalculator.calculate(policy, million("2024-02-10")));

        assertTrue(error.getMessage().contains("EUR"), error.getMessage());
        assertTrue(error.getMessage().contains("CLP"), error.getMessage());
    }

    @Test
    void resultsBecomeChargeDocuments() {
        LateInterestPolicy policy = LateInterestPolicy.builder(MONTHLY, DayCount.THIRTY_360)
                .fee(new LateFee.PercentOfBalance(BigDecimal.ONE)).build();
        LateInterest result = LateInterestCalculator.calculate(policy, million("2024-03-10"));

        Document interest = result.interestCharge(DocumentId.of("I-1"), day("2024-03-10"),
                day("2024-03-20")).orElseThrow();
        Document fee = result.feeCharge(DocumentId.of("C-1"), day("2024-03-10"),
                day("2024-03-20")).orElseThrow();

        assertEquals(DocumentKind.INTEREST_CHARGE, interest.kind());
        assertEquals(clp(30_000), interest.total());
        assertEquals(ACME, interest.customerId());
        assertEquals(F1, interest.references().get(0).target());
        assertEquals(ReferenceEffect.INFORMATIONAL, interest.references().get(0).effect());
        assertEquals(DocumentKind.FEE_CHARGE, fee.kind());
        assertEquals(clp(10_000), fee.total());
    }

    @Test
    void overlappingRatePeriodsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RateTable.of(RatePeriod.yearly(day("2024-01-01"), day("2024-06-30"), "5"),
                        RatePeriod.yearly(day("2024-06-30"), day("2024-12-31"), "6")));

        assertTrue(error.getMessage().contains("2024-06-30"), error.getMessage());
    }

    @Test
    void thirtyDayCountTreatsThirtyFirstAsThirtieth() {
        assertEquals(31, DayCount.THIRTY_360.days(day("2024-01-31"), day("2024-03-01")));
        assertEquals(31, DayCount.THIRTY_360.days(day("2024-01-30"), day("2024-03-01")));
        assertEquals(30, DayCount.THIRTY_360.days(day("2024-01-01"), day("2024-02-01")));
        assertEquals(30, DayCount.THIRTY_360.days(day("2024-02-01"), day("2024-03-01")));
        assertEquals(29, DayCount.ACT_365.days(day("2024-02-01"), day("2024-03-01")));
    }
}
