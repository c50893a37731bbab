package io.github.receivables.core.metrics;

import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.ledger.Settlement;
import io.github.receivables.core.party.CustomerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Measures payment behaviour per customer and derives its risk segment by the rules on
 * {@link RiskThresholds}. Immutable and thread-safe.
 */
public final class BehaviourAnalyzer {

    private final RiskThresholds thresholds;
    private final Ratio ratio;

    /**
     * Creates an analyzer.
     *
     * @param thresholds the segment thresholds; never null
     * @param options scales and rounding; never null
     */
    public BehaviourAnalyzer(RiskThresholds thresholds, MetricsOptions options) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.ratio = new Ratio(Objects.requireNonNull(options, "options"));
    }

    /**
     * Analyzes one customer.
     *
     * @param customerId the customer; never null
     * @param settlements the customer's settled instalments in the window; never null
     * @param oldestDaysPastDue days past due of its oldest open item, zero or more
     * @return the behaviour; never null
     */
    public PaymentBehaviour analyze(CustomerId customerId, List<Settlement> settlements,
            long oldestDaysPastDue) {
        Objects.requireNonNull(customerId, "customerId");
        PaymentStatistics statistics = settlements.isEmpty() ? null : statistics(settlements);
        return new PaymentBehaviour(customerId, statistics, Math.max(0, oldestDaysPastDue),
                segment(statistics, oldestDaysPastDue));
    }

    /**
     * Analyzes every customer of a ledger over the instalments settled from a day to the as-of
     * day.
     *
     * @param ledger the ledger; never null
     * @param from the first day of the window; never null
     * @param asOf the last day of the window, also the day past-due days are counted to; never
     *     null
     * @return one behaviour per customer, in the ledger's customer order; never null
     */
    public List<PaymentBehaviour> analyze(Ledger ledger, LocalDate from, LocalDate asOf) {
        List<PaymentBehaviour> behaviours = new ArrayList<>();
        for (CustomerId customer : ledger.customers()) {
            long oldest = 0;
            for (OpenItem item : ledger.openItems(customer, asOf)) {
                oldest = Math.max(oldest, item.daysPastDue(asOf));
            }
            behaviours.add(analyze(customer, ledger.settlements(customer, from, asOf), oldest));
        }
        return behaviours;
    }

    private PaymentStatistics statistics(List<Settlement> settlements) {
        List<Settlement> ordered = new ArrayList<>(settlements);
        ordered.sort(Comparator.comparing(Settlement::settledOn)
                .thenComparing(Settlement::dueDate));
        int n = ordered.size();
        long[] late = new long[n];
        int onTime = 0;
        for (int i = 0; i < n; i++) {
            late[i] = ordered.get(i).daysLate();
            onTime += ordered.get(i).isOnTime() ? 1 : 0;
        }
        long[] trendWindow = Arrays.copyOfRange(late,
                Math.max(0, n - thresholds.trendPayments()), n);
        long[] sorted = late.clone();
        Arrays.sort(sorted);
        int p90Rank = (9 * n + 9) / 10;
        return new PaymentStatistics(n, ratio.ratio(BigInteger.valueOf(onTime), n),
                median(sorted), sorted[p90Rank - 1], slope(trendWindow));
    }

    private BigDecimal median(long[] sorted) {
        int n = sorted.length;
        BigInteger middle = n % 2 == 1
                ? BigInteger.valueOf(sorted[n / 2]).multiply(BigInteger.TWO)
                : BigInteger.valueOf(sorted[n / 2 - 1]).add(BigInteger.valueOf(sorted[n / 2]));
        return ratio.days(middle, 2);
    }

    /** Returns the least-squares slope of y against x = 0, 1, ..., n - 1, exactly divided. */
    private BigDecimal slope(long[] y) {
        int n = y.length;
        if (n < 2) {
            return BigDecimal.ZERO.setScale(ratio.options().daysScale());
        }
        BigInteger sumX = BigInteger.ZERO;
        BigInteger sumY = BigInteger.ZERO;
        BigInteger sumXY = BigInteger.ZERO;
        BigInteger sumXX = BigInteger.ZERO;
        for (int x = 0; x < n; x++) {
            BigInteger bx = BigInteger.valueOf(x);
            BigInteger by = BigInteger.valueOf(y[x]);
            sumX = sumX.add(bx);
            sumY = sumY.add(by);
            sumXY = sumXY.add(bx.multiply(by));
            sumXX = sumXX.add(bx.multiply(bx));
        }
        BigInteger count = BigInteger.valueOf(n);
        BigInteger numerator = count.multiply(sumXY).subtract(sumX.multiply(sumY));
        BigInteger denominator = count.multiply(sumXX).subtract(sumX.multiply(sumX));
        return new BigDecimal(numerator).divide(new BigDecimal(denominator),
                ratio.options().daysScale(), ratio.options().rounding());
    }

    private RiskSegment segment(PaymentStatistics statistics, long oldestDaysPastDue) {
        if (oldestDaysPastDue >= thresholds.criticalDaysPastDue()) {
            return RiskSegment.CRITICAL;
        }
        if (statistics == null || statistics.payments() < thresholds.minimumPayments()) {
            return RiskSegment.UNRATED;
        }
        RiskSegment base;
        if (statistics.onTimeShare().compareTo(thresholds.highBelowOnTimeShare()) < 0
                || statistics.medianDaysLate().compareTo(
                        BigDecimal.valueOf(thresholds.highFromMedianDaysLate())) >= 0) {
            base = RiskSegment.HIGH;
        } else if (statistics.onTimeShare().compareTo(thresholds.lowFromOnTimeShare()) >= 0
                && statistics.p90DaysLate() <= thresholds.lowUpToP90DaysLate()) {
            base = RiskSegment.LOW;
        } else {
            base = RiskSegment.MEDIUM;
        }
        boolean worsening = statistics.trend().compareTo(thresholds.worseningTrend()) >= 0;
        if (!worsening) {
            return base;
        }
        return base == RiskSegment.LOW ? RiskSegment.MEDIUM : RiskSegment.HIGH;
    }
}
