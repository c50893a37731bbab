package io.github.receivables.examples.quickstart.report;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.aging.AgingReport;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.metrics.MetricsOptions;
import io.github.receivables.core.metrics.PortfolioFigures;
import io.github.receivables.core.metrics.PortfolioMetrics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The main portfolio metrics of one currency over the {@value #PERIOD_DAYS} days that end on the
 * as-of day: DSO, collection effectiveness index, overdue ratio and the share of the five largest
 * debtors.
 *
 * @param currency the currency; never null
 * @param from the first day of the period; never null
 * @param to the last day of the period, the as-of day; never null
 * @param metrics the core metrics; never null
 */
public record MetricsView(Currency currency, LocalDate from, LocalDate to,
        PortfolioMetrics metrics) {

    /** Length of the period the metrics cover, in days. */
    public static final int PERIOD_DAYS = 90;

    /** How many of the largest debtors the concentration covers. */
    public static final int TOP_N = 5;

    /**
     * Computes the metrics of one currency.
     *
     * @param ledger the ledger; never null
     * @param asOf the last day of the period; never null
     * @param currency the currency; never null
     * @return the metrics; never null
     */
    public static MetricsView compute(Ledger ledger, LocalDate asOf, Currency currency) {
        LocalDate from = asOf.minusDays(PERIOD_DAYS - 1L);
        AgingReport beginning = Aging.compute(ledger, from.minusDays(1), AgingOptions.standard());
        AgingReport ending = Aging.compute(ledger, asOf, AgingOptions.standard());
        PortfolioFigures figures = PortfolioFigures.from(beginning, ending,
                ledger.creditSales(currency, from, asOf), List.of(), TOP_N);
        PortfolioMetrics metrics = PortfolioMetrics.compute(figures,
                ledger.settlements(from, asOf), MetricsOptions.defaults());
        return new MetricsView(currency, from, asOf, metrics);
    }

    /**
     * Returns the four metrics as label and text pairs, "n/a" where a denominator is zero.
     *
     * @return label, value pairs in display order; never null
     */
    public List<String[]> values() {
        return List.of(
                new String[] {"DSO", days(metrics.dso())},
                new String[] {"CEI", percent(metrics.collectionEffectivenessIndex(), false)},
                new String[] {"Overdue ratio", percent(metrics.overdueRatio(), true)},
                new String[] {"Top-" + TOP_N + " share", percent(metrics.topCustomersShare(),
                        true)});
    }

    /**
     * Renders the metrics as one line.
     *
     * @return such as {@code DSO 54.3 days | CEI 61.2% | ...}; never null
     */
    public String textLine() {
        StringBuilder line = new StringBuilder();
        for (String[] value : values()) {
            if (line.length() > 0) {
                line.append(" | ");
            }
            line.append(value[0]).append(' ').append(value[1]);
        }
        return line.toString();
    }

    private static String days(Optional<BigDecimal> value) {
        return value.map(days -> days.setScale(1, RoundingMode.HALF_EVEN).toPlainString()
                + " days").orElse("n/a");
    }

    private static String percent(Optional<BigDecimal> value, boolean isFraction) {
        return value.map(number -> (isFraction ? number.movePointRight(2) : number)
                .setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%").orElse("n/a");
    }
}
