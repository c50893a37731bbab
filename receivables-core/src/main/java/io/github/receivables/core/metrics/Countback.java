package io.github.receivables.core.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** Countback DSO, by the rule on {@link PortfolioMetrics}. */
final class Countback {

    private Countback() {}

    static BigDecimal dso(long receivables, List<SalesPeriod> history, Ratio ratio) {
        if (receivables == 0) {
            return BigDecimal.ZERO.setScale(ratio.options().daysScale());
        }
        long left = receivables;
        long wholeDays = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            SalesPeriod period = history.get(i);
            long sales = period.sales().minorUnits();
            if (left >= sales) {
                left -= sales;
                wholeDays += period.days();
                if (left == 0) {
                    return BigDecimal.valueOf(wholeDays).setScale(ratio.options().daysScale());
                }
                continue;
            }
            // Spans have whole days, so days × left / sales is the only division.
            BigInteger partial = BigInteger.valueOf(period.days())
                    .multiply(BigInteger.valueOf(left));
            BigInteger numerator = partial.add(BigInteger.valueOf(wholeDays)
                    .multiply(BigInteger.valueOf(sales)));
            return ratio.days(numerator, sales);
        }
        return null;
    }
}
