package io.github.receivables.benchmarks;

import io.github.receivables.reconciliation.matching.CashApplication;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.MatchingEngine;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.PayoutSettlement;
import io.github.receivables.reconciliation.matching.RunReport;
import io.github.receivables.reconciliation.matching.generator.DataSetGenerator;
import io.github.receivables.reconciliation.matching.generator.GeneratedDataSet;
import io.github.receivables.reconciliation.matching.generator.GeneratorSettings;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.memory.InMemoryAllocationWriter;
import io.github.receivables.reconciliation.matching.memory.InMemoryDecisionLog;
import io.github.receivables.reconciliation.matching.memory.InMemoryPayerRules;
import io.github.receivables.reconciliation.matching.memory.InMemorySettlementSource;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cash application over a generated portfolio of 1,000,000 open invoices (100,000 customers,
 * standard noise and shape mix). {@code matchStatement} matches and decides a statement of
 * 10,000, 100,000 or 1,000,000 lines, streaming the outcomes to a counter through ports that keep
 * only what idempotency needs, as a host writing to a database would.
 * {@code matchStatementInMemory} does the same with the in-memory ports and the collected run
 * report, which keep every decision and application on the heap. {@code buildIndex} builds the
 * index. Each measured call is one whole run, so the mode is single-shot time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g"})
public class MatchingBenchmark {

    /** Open invoices in the portfolio. */
    @Param("1000000")
    public int items;

    /** Line draws in the statement (a many-to-one draw makes two lines). */
    @Param({"10000", "100000", "1000000"})
    public int lines;

    private List<PayerProfile> customers;
    private List<MatchableItem> openItems;
    private List<StatementEntry> statement;
    private List<PayoutSettlement> settlements;
    private LocalDate statementDate;
    private OpenItemIndex index;
    private MatchingConfig config;

    /**
     * Generates the data set and builds the index once per trial. The expected outcomes and the
     * later statement are not kept, because no benchmark reads them.
     */
    @Setup(Level.Trial)
    public void generate() {
        GeneratorSettings settings = GeneratorSettings.STANDARD.withSizes(items / 10, items,
                lines);
        GeneratedDataSet data = DataSetGenerator.generate(settings);
        customers = data.customers();
        openItems = data.items();
        statement = data.statement();
        settlements = data.settlements();
        statementDate = settings.statementDate();
        index = OpenItemIndex.build(customers, openItems);
        config = GeneratorSettings.matchingConfig();
    }

    /**
     * Matches and decides every line of the statement with fresh lean ports, streaming the
     * outcomes.
     *
     * @return the number of lines automated, so the work is not optimized away
     */
    @Benchmark
    public long matchStatement() {
        InMemoryPayerRules rules = new InMemoryPayerRules();
        MatchingEngine engine = MatchingEngine.builder(index)
                .config(config)
                .payerRules(rules)
                .settlements(new InMemorySettlementSource(settlements))
                .build();
        CashApplication application = new CashApplication(engine, new CountingAllocationWriter(),
                new LeanDecisionLog(), rules);
        long[] automated = new long[1];
        application.stream(statement, statementDate, outcome -> {
            if (outcome.action() == LineOutcome.Action.AUTO_APPLIED) {
                automated[0]++;
            }
        });
        return automated[0];
    }

    /**
     * Matches and decides every line of the statement with fresh in-memory ports.
     *
     * @return the run report, so the work is not optimized away
     */
    @Benchmark
    public RunReport matchStatementInMemory() {
        InMemoryPayerRules rules = new InMemoryPayerRules();
        MatchingEngine engine = MatchingEngine.builder(index)
                .config(config)
                .payerRules(rules)
                .settlements(new InMemorySettlementSource(settlements))
                .build();
        CashApplication application = new CashApplication(engine, new InMemoryAllocationWriter(),
                new InMemoryDecisionLog(), rules);
        return application.run(statement, statementDate);
    }

    /**
     * Builds the index over the portfolio.
     *
     * @return the index
     */
    @Benchmark
    public OpenItemIndex buildIndex() {
        return OpenItemIndex.build(customers, openItems);
    }
}
