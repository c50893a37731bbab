package io.github.receivables.core.interest;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes daily simple interest and the late fee of a debt under a policy.
 *
 * <p>For each day d after the due date up to the last day, interest accrues on the balance at the
 * end of day d − 1 at the yearly rate of day d (the period's percent plus the margin, times 12
 * for monthly rates): {@code balance × yearly% / 100 × days / yearDays}. Days with equal balance
 * and rate form one {@link InterestAccrual}. The accruals are summed exactly and rounded once to
 * the currency's scale with the policy's rounding; then the cap applies. The fee is computed on
 * the balance at the end of the due date, and only when the debt was late (the last day is after
 * the due date and that balance is positive). Stateless and thread-safe.
 */
public final class LateInterestCalculator {

    private static final int EXTRA_SCALE = 8;

    private LateInterestCalculator() {}

    /**
     * Calculates interest and fee.
     *
     * @param policy the policy; never null
     * @param request the debt; never null
     * @return the calculation; never null
     * @throws MissingInterestRateException if a late day has no rate in the policy's table
     * @throws io.github.receivables.core.money.CurrencyMismatchException if a fixed fee or cap is
     *     in another currency than the debt
     */
    public static LateInterest calculate(LateInterestPolicy policy, InterestRequest request) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(request, "request");
        Money zero = Money.zero(request.currency());
        Money feeBasis = request.balanceAt(request.dueDate());
        if (!request.until().isAfter(request.dueDate())) {
            return new LateInterest(request, List.of(), zero, zero, feeBasis, zero);
        }
        List<InterestAccrual> accruals = new ArrayList<>();
        BigDecimal numerator = accrue(policy, request, accruals);
        BigDecimal denominator = BigDecimal.valueOf(100L * policy.dayCount().yearDays());
        Money uncapped = Money.ofMinor(numerator.divide(denominator, 0, policy.rounding())
                .longValueExact(), request.currency());
        Optional<Money> limit = policy.cap().limitFor(feeBasis, policy.rounding());
        Money interest = limit.isPresent() ? uncapped.min(limit.get()) : uncapped;
        Money fee = feeBasis.isPositive()
                ? policy.fee().amountFor(feeBasis, policy.rounding()) : zero;
        return new LateInterest(request, accruals, uncapped, interest, feeBasis, fee);
    }

    /**
     * Walks the late days span by span, adds each span's accrual line, and returns the sum of
     * {@code balance (minor units) × yearly% × days} over all spans.
     */
    private static BigDecimal accrue(LateInterestPolicy policy, InterestRequest request,
            List<InterestAccrual> accruals) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.valueOf(100L * policy.dayCount().yearDays());
        int scale = request.currency().getDefaultFractionDigits();
        LocalDate day = request.dueDate().plusDays(1);
        while (!day.isAfter(request.until())) {
            LocalDate start = day;
            RatePeriod period = policy.rates().periodOn(start)
                    .orElseThrow(() -> new MissingInterestRateException(start));
            Money balance = request.balanceAt(start.minusDays(1));
            LocalDate end = spanEnd(request, period, start);
            long days = policy.dayCount().days(start, end.plusDays(1));
            if (balance.isPositive() && days > 0) {
                BigDecimal yearly = period.percent().add(policy.marginPercent())
                        .multiply(BigDecimal.valueOf(period.unit().perYear()));
                BigDecimal part = BigDecimal.valueOf(balance.minorUnits()).multiply(yearly)
                        .multiply(BigDecimal.valueOf(days));
                numerator = numerator.add(part);
                BigDecimal major = part.divide(denominator, EXTRA_SCALE,
                        policy.rounding()).movePointLeft(scale);
                accruals.add(new InterestAccrual(start, end, days, balance, yearly, major));
            }
            day = end.plusDays(1);
        }
        return numerator;
    }

    /**
     * Returns the last day of the span starting on {@code start}: the earliest of the last day of
     * the calculation, the last day of the rate period, and the last day before the balance
     * changes (a step starting at the end of day s changes the balance from day s + 1).
     */
    private static LocalDate spanEnd(InterestRequest request, RatePeriod period, LocalDate start) {
        LocalDate end = request.until().isBefore(period.to()) ? request.until() : period.to();
        for (var step : request.balances()) {
            if (!step.from().isBefore(start)) {
                if (step.from().isBefore(end)) {
                    end = step.from();
                }
                break;
            }
        }
        return end;
    }
}
