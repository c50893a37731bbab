package io.github.receivables.core.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/late-interest.md, kept here so they compile and stay true. */
class LateInterestExamplesTest {

    private static final CustomerId CUSTOMER = CustomerId.of("acme");
    private static final DocumentId INVOICE = DocumentId.of("33-1001");

    @Test
    void chileMaximumRatePlusOnePercent() {
        RateTable tmc = RateTable.of(
                RatePeriod.monthly(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), "2.00"),
                RatePeriod.monthly(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), "2.10"));
        LateInterestPolicy chile = LateInterestPolicy.builder(tmc, DayCount.THIRTY_360)
                .fee(new LateFee.PercentOfBalance(new BigDecimal("1")))
                .rounding(RoundingMode.HALF_UP)
                .build();
        InterestRequest late = InterestRequest.constant(CUSTOMER, INVOICE,
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 5, 10), Money.of("2380000", "CLP"));

        LateInterest result = LateInterestCalculator.calculate(chile, late);

        assertEquals(Money.of("64260", "CLP"), result.interest());
        assertEquals(Money.of("23800", "CLP"), result.fee());
    }

    @Test
    void euRatePlusEightAndFortyEuros() {
        RateTable ecb = RateTable.of(
                RatePeriod.yearly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), "4.50"),
                RatePeriod.yearly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), "4.25"));
        LateInterestPolicy eu = LateInterestPolicy.builder(ecb, DayCount.ACT_365)
                .margin("8")
                .fee(new LateFee.Fixed(Money.of("40.00", "EUR")))
                .rounding(RoundingMode.HALF_UP)
                .build();
        InterestRequest late = InterestRequest.constant(CUSTOMER, INVOICE,
                LocalDate.of(2024, 6, 15), LocalDate.of(2024, 7, 15), Money.of("5000.00", "EUR"));

        LateInterest result = LateInterestCalculator.calculate(eu, late);

        assertEquals(Money.of("50.86", "EUR"), result.interest());
        assertEquals(Money.of("40.00", "EUR"), result.fee());
        assertEquals(2, result.accruals().size());
    }

    @Test
    void ukBaseRatePlusEightAndFixedSum() {
        RateTable boe = RateTable.of(
                RatePeriod.yearly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), "5.25"),
                RatePeriod.yearly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31), "5.25"));
        LateFee fixedSums = new LateFee.ByDebtSize(List.of(
                new FeeTier(Money.of("0.00", "GBP"), Money.of("40.00", "GBP")),
                new FeeTier(Money.of("1000.00", "GBP"), Money.of("70.00", "GBP")),
                new FeeTier(Money.of("10000.00", "GBP"), Money.of("100.00", "GBP"))));
        LateInterestPolicy uk = LateInterestPolicy.builder(boe, DayCount.ACT_365)
                .margin("8")
                .fee(fixedSums)
                .rounding(RoundingMode.HALF_UP)
                .build();
        InterestRequest late = InterestRequest.constant(CUSTOMER, INVOICE,
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 5, 30), Money.of("12000.00", "GBP"));

        LateInterest result = LateInterestCalculator.calculate(uk, late);

        assertEquals(Money.of("261.37", "GBP"), result.interest());
        assertEquals(Money.of("100.00", "GBP"), result.fee());
        assertEquals(Money.of("70.00", "GBP"),
                fixedSums.amountFor(Money.of("9999.99", "GBP"), RoundingMode.HALF_UP));
        assertEquals(Money.of("40.00", "GBP"),
                fixedSums.amountFor(Money.of("999.99", "GBP"), RoundingMode.HALF_UP));
    }
}
