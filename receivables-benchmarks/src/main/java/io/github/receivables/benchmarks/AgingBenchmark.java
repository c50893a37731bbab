package io.github.receivables.benchmarks;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.aging.AgingReport;
import io.github.receivables.core.ledger.OpenItemTable;
import io.github.receivables.core.metrics.MetricsOptions;
import io.github.receivables.core.metrics.PortfolioFigures;
import io.github.receivables.core.metrics.PortfolioMetrics;
import io.github.receivables.core.metrics.SalesPeriod;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aging plus portfolio metrics over 1,000,000 open items of 100,000 customers, on one thread.
 * The score is open items per second: each invocation ages every item and computes the metrics
 * from the result.
 *
 * <p>The setup also measures the heap the open item table retains, as the used heap after
 * {@code System.gc()} (read through {@code MemoryMXBean}) once the table is built, minus the
 * same reading before, divided by the item count. It prints the figure on standard output. It is
 * an estimate: the JVM treats {@code System.gc()} as a request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(AgingBenchmark.ITEMS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AgingBenchmark {

    static final int ITEMS = 1_000_000;
    static final int CUSTOMERS = 100_000;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final Currency CLP = Currency.getInstance("CLP");
    private static final Currency USD = Currency.getInstance("USD");

    private OpenItemTable table;
    private AgingReport beginning;
    private List<SalesPeriod> sales;
    private Money quarterSales;

    /** Builds the data set with a fixed seed and measures the heap it retains. */
    @Setup(Level.Trial)
    public void build() {
        long before = usedHeapAfterGc();
        table = openItems(new SplittableRandom(42));
        long after = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "%nretained heap: %d bytes for %d open items of %d"
                + " customers, %.1f bytes per open item%n", after - before, table.size(),
                table.customerCount(), (after - before) / (double) table.size());
        beginning = Aging.compute(table, AS_OF.minusMonths(3), AgingOptions.standard());
        sales = monthlySales();
        quarterSales = Money.zero(CLP);
        for (SalesPeriod period : sales.subList(sales.size() - 3, sales.size())) {
            quarterSales = quarterSales.plus(period.sales());
        }
    }

    /**
     * Ages every open item by due date in the standard buckets, then computes the quarter's
     * portfolio metrics in pesos with the ten largest debtors.
     *
     * @return the metrics, so the work is not optimized away
     */
    @Benchmark
    public PortfolioMetrics agingAndMetrics() {
        AgingReport ending = Aging.compute(table, AS_OF, AgingOptions.standard());
        PortfolioFigures figures = PortfolioFigures.from(beginning, ending, quarterSales, sales,
                10);
        return PortfolioMetrics.compute(figures, List.of(), MetricsOptions.defaults());
    }

    /**
     * Builds 1,000,000 open items: customers drawn uniformly, 95% in pesos and 5% in dollars,
     * issued over the year before the as-of day with 30-day terms, open amounts up to
     * 5,000,000 minor units. Every customer has at least one item.
     */
    private static OpenItemTable openItems(SplittableRandom random) {
        OpenItemTable.Builder builder = OpenItemTable.builder(ITEMS);
        int[] customers = new int[CUSTOMERS];
        for (int i = 0; i < CUSTOMERS; i++) {
            customers[i] = builder.customer(CustomerId.of(String.format(Locale.ROOT, "C%06d", i)));
        }
        int pesos = builder.currency(CLP);
        int dollars = builder.currency(USD);
        int asOfDay = (int) AS_OF.toEpochDay();
        for (int i = 0; i < ITEMS; i++) {
            int customer = i < CUSTOMERS ? customers[i] : customers[random.nextInt(CUSTOMERS)];
            int issued = asOfDay - random.nextInt(365);
            int currency = random.nextInt(20) == 0 ? dollars : pesos;
            builder.add(customer, currency, issued, issued + 30, 1 + random.nextLong(5_000_000));
        }
        return builder.build();
    }

    private static List<SalesPeriod> monthlySales() {
        List<SalesPeriod> list = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2023, 7); !month.isAfter(YearMonth.of(2024, 6));
                month = month.plusMonths(1)) {
            list.add(new SalesPeriod(month.atDay(1), month.atEndOfMonth(),
                    Money.ofMinor(200_000_000_000L, CLP)));
        }
        return list;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
