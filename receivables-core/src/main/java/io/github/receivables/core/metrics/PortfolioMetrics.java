package io.github.receivables.core.metrics;

import io.github.receivables.core.ledger.Settlement;
import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Portfolio metrics over a period, computed from {@link PortfolioFigures}. Notation: D is the
 * number of days in the period, S the net credit sales of the period, BR and ER the receivables
 * at its beginning and end, ECR the part of ER not yet due.
 *
 * <ul>
 *   <li>DSO = ER / S × D.
 *   <li>Best possible DSO = ECR / S × D: the DSO if every customer paid on its due date.
 *   <li>Average days delinquent (ADD) = DSO − best possible DSO = (ER − ECR) / S × D.
 *   <li>Countback DSO: starting with the latest span of the sales history, while the
 *       receivables left are at least the span's sales, subtract those sales and add the span's
 *       days; then add the share of the next span's days that the receivables left cover
 *       (days × left / sales). Empty when the history runs out first.
 *   <li>Collection effectiveness index (CEI) = (BR + S − ER) / (BR + S − ECR) × 100: the share
 *       of what could be collected that was collected, in percent.
 *   <li>Overdue ratio = (ER − ECR) / ER.
 *   <li>Top-N share = what the N largest debtors owe / ER.
 *   <li>Average days to pay = Σ (amount × days from issue to settlement) / Σ amount over the
 *       instalments settled in the period, in the figures' currency.
 * </ul>
 *
 * A metric whose denominator is zero (or, for CEI, not positive) is empty. Each metric is
 * computed exactly and rounded once by {@link MetricsOptions}. Immutable and thread-safe.
 */
public final class PortfolioMetrics {

    private final PortfolioFigures figures;
    private final BigDecimal dso;
    private final BigDecimal bestPossibleDso;
    private final BigDecimal averageDaysDelinquent;
    private final BigDecimal countbackDso;
    private final BigDecimal collectionEffectivenessIndex;
    private final BigDecimal overdueRatio;
    private final BigDecimal topShare;
    private final BigDecimal averageDaysToPay;

    private PortfolioMetrics(PortfolioFigures figures, List<Settlement> settlements,
            MetricsOptions options) {
        this.figures = figures;
        long sales = figures.creditSales().minorUnits();
        BigInteger days = BigInteger.valueOf(figures.days());
        long ending = figures.endingReceivables().minorUnits();
        long notDue = figures.endingNotDue().minorUnits();
        Ratio ratio = new Ratio(options);
        this.dso = ratio.days(times(ending, days), sales);
        this.bestPossibleDso = ratio.days(times(notDue, days), sales);
        this.averageDaysDelinquent = ratio.days(times(ending - notDue, days), sales);
        this.countbackDso = Countback.dso(ending, figures.salesHistory(), ratio);
        long collectible = figures.beginningReceivables().minorUnits() + sales;
        this.collectionEffectivenessIndex = collectible - notDue <= 0 ? null
                : ratio.percent(BigInteger.valueOf(collectible - ending), collectible - notDue);
        this.overdueRatio = ratio.ratio(BigInteger.valueOf(ending - notDue), ending);
        this.topShare = ratio.ratio(BigInteger.valueOf(figures.topReceivables().minorUnits()),
                ending);
        this.averageDaysToPay = averageDaysToPay(settlements, figures, ratio);
    }

    /**
     * Computes the metrics.
     *
     * @param figures the figures; never null
     * @param settlements the instalments settled in the period; those in other currencies are
     *     ignored; never null
     * @param options scales and rounding; never null
     * @return the metrics; never null
     */
    public static PortfolioMetrics compute(PortfolioFigures figures, List<Settlement> settlements,
            MetricsOptions options) {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(settlements, "settlements");
        Objects.requireNonNull(options, "options");
        return new PortfolioMetrics(figures, settlements, options);
    }

    private static BigInteger times(long minor, BigInteger days) {
        return BigInteger.valueOf(minor).multiply(days);
    }

    private static BigDecimal averageDaysToPay(List<Settlement> settlements,
            PortfolioFigures figures, Ratio ratio) {
        BigInteger weighted = BigInteger.ZERO;
        long amount = 0;
        for (Settlement settlement : settlements) {
            Money paid = settlement.amount();
            if (paid.currency().equals(figures.currency())) {
                weighted = weighted.add(BigInteger.valueOf(paid.minorUnits())
                        .multiply(BigInteger.valueOf(settlement.daysToPay())));
                amount = Math.addExact(amount, paid.minorUnits());
            }
        }
        return ratio.days(weighted, amount);
    }

    /**
     * Returns the figures the metrics were computed from.
     *
     * @return the figures; never null
     */
    public PortfolioFigures figures() {
        return figures;
    }

    /**
     * Returns days sales outstanding, ER / S × D.
     *
     * @return the DSO in days, or empty when there were no sales
     */
    public Optional<BigDecimal> dso() {
        return Optional.ofNullable(dso);
    }

    /**
     * Returns the best possible DSO, ECR / S × D.
     *
     * @return the best possible DSO in days, or empty when there were no sales
     */
    public Optional<BigDecimal> bestPossibleDso() {
        return Optional.ofNullable(bestPossibleDso);
    }

    /**
     * Returns average days delinquent, DSO − best possible DSO, from unrounded values.
     *
     * @return ADD in days, or empty when there were no sales
     */
    public Optional<BigDecimal> averageDaysDelinquent() {
        return Optional.ofNullable(averageDaysDelinquent);
    }

    /**
     * Returns the countback DSO over the sales history.
     *
     * @return the countback DSO in days, or empty when the history does not cover the ending
     *     receivables
     */
    public Optional<BigDecimal> countbackDso() {
        return Optional.ofNullable(countbackDso);
    }

    /**
     * Returns the collection effectiveness index, in percent.
     *
     * @return CEI from 0 (nothing collected) to 100 (everything collectible collected), or
     *     empty when nothing was collectible
     */
    public Optional<BigDecimal> collectionEffectivenessIndex() {
        return Optional.ofNullable(collectionEffectivenessIndex);
    }

    /**
     * Returns the share of ending receivables that is past due.
     *
     * @return a ratio from 0 to 1, or empty when nothing is open
     */
    public Optional<BigDecimal> overdueRatio() {
        return Optional.ofNullable(overdueRatio);
    }

    /**
     * Returns the share of ending receivables owed by the {@code topN} largest debtors.
     *
     * @return a ratio from 0 to 1, or empty when nothing is open
     */
    public Optional<BigDecimal> topCustomersShare() {
        return Optional.ofNullable(topShare);
    }

    /**
     * Returns the amount-weighted average days from issue to settlement.
     *
     * @return days, or empty when no instalment was settled in the period
     */
    public Optional<BigDecimal> averageDaysToPay() {
        return Optional.ofNullable(averageDaysToPay);
    }
}
