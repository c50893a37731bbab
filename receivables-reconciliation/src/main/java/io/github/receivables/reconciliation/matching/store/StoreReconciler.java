package io.github.receivables.reconciliation.matching.store;

import io.github.receivables.core.document.Document;
import io.github.receivables.reconciliation.matching.CashApplication;
import io.github.receivables.reconciliation.matching.ItemReference;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.MatchingEngine;
import io.github.receivables.reconciliation.matching.RunReport;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import io.github.receivables.spi.store.Stores;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Cash application over the SPI stores in one call. {@link #open} reads customers, documents and
 * allocations from the stores into a core ledger and indexes its open items as of a day, each
 * with its document number, structured payment reference and any references the host adds.
 * {@link #run} and {@link #handler} then match statement lines against that snapshot and write
 * each applied line's payment, allocations and match decision in one store transaction.
 *
 * <pre>{@code
 * StoreReconciler reconciler = StoreReconciler.open(stores, MatchingConfig.defaults(),
 *         Clock.systemUTC(), LocalDate.of(2025, 6, 30));
 * StoreReconciler.Result result = reconciler.run(statements);
 * result.reviewQueue().forEach(outcome -> show(outcome));
 * }</pre>
 *
 * <p>The snapshot is taken once: lines applied during the reconciler's life reduce the balances
 * it reads, but documents and allocations that other processes store later do not appear until a
 * new reconciler is opened. Reviews ({@link CashApplication#confirm confirm}, {@code reject},
 * {@code unapply}) go through {@link #cashApplication()}. Not thread-safe: one run at a time.
 */
public final class StoreReconciler {

    private final CashApplication cash;
    private final LocalDate asOf;

    private StoreReconciler(CashApplication cash, LocalDate asOf) {
        this.cash = cash;
        this.asOf = asOf;
    }

    /**
     * Opens a reconciler over stores, with the store-backed writer, decision log and payer rules.
     *
     * @param stores the stores and transaction boundary; never null
     * @param config thresholds, tolerances and weights; never null
     * @param clock the clock that stamps stored decisions; never null
     * @param asOf the day of the open items and of the runs; never null
     * @return the reconciler; never null
     * @throws io.github.receivables.reconciliation.matching.MatchingException if the stored data
     *     breaks a ledger rule or names a missing payment or credit note
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static StoreReconciler open(Stores stores, MatchingConfig config, Clock clock,
            LocalDate asOf) {
        return open(stores, config, clock, asOf, document -> List.of());
    }

    /**
     * Opens a reconciler over stores, adding references the host keeps outside the SPI (such as
     * the QR, RF or ESR reference printed on each invoice) to the documents' open items.
     *
     * @param stores the stores and transaction boundary; never null
     * @param config thresholds, tolerances and weights; never null
     * @param clock the clock that stamps stored decisions; never null
     * @param asOf the day of the open items and of the runs; never null
     * @param references returns a document's extra references, never null, possibly empty;
     *     never null
     * @return the reconciler; never null
     * @throws io.github.receivables.reconciliation.matching.MatchingException if the stored data
     *     breaks a ledger rule or names a missing payment or credit note
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static StoreReconciler open(Stores stores, MatchingConfig config, Clock clock,
            LocalDate asOf, Function<Document, List<ItemReference>> references) {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(asOf, "asOf");
        OpenItemIndex index = OpenItemSnapshot.load(stores, asOf, references);
        StorePayerRules rules = new StorePayerRules(stores.matchDecisions());
        MatchingEngine engine = MatchingEngine.builder(index).config(config).payerRules(rules)
                .build();
        CashApplication cash = new CashApplication(engine, new StoreAllocationWriter(stores, clock),
                new StoreDecisionLog(stores, clock), rules);
        return new StoreReconciler(cash, asOf);
    }

    /**
     * Matches and decides every line of some statements, in order.
     *
     * @param statements the statements as a reader returned them; never null
     * @return every line's outcome and the lines that wait for a person; never null
     * @throws io.github.receivables.reconciliation.matching.MatchingException if an entry cannot
     *     be turned into lines or an application breaks a ledger rule
     * @throws io.github.receivables.spi.store.StoreException if the stores fail; lines before it
     *     stay written
     */
    public Result run(List<BankStatement> statements) {
        List<StatementEntry> entries = new ArrayList<>();
        for (BankStatement statement : statements) {
            entries.addAll(statement.entries());
        }
        return Result.of(cash.run(entries, asOf));
    }

    /**
     * Returns a handler to pass to a streaming reader: it decides each entry's lines as the
     * reader delivers them and hands each outcome to the sink, keeping nothing per line.
     *
     * @param sink receives each outcome; never null
     * @return the handler; never null
     */
    public StatementHandler handler(Consumer<LineOutcome> sink) {
        Objects.requireNonNull(sink, "sink");
        return new StatementHandler() {
            @Override
            public void startStatement(StatementHeader header) {
                // Lines carry everything matching needs.
            }

            @Override
            public void entry(StatementEntry entry) {
                cash.stream(List.of(entry), asOf, sink);
            }

            @Override
            public void endStatement(StatementTrailer trailer) {
                // Balances are the reader's concern.
            }
        };
    }

    /**
     * Returns the cash application behind the reconciler, for reviews and for the session's view
     * of balances.
     *
     * @return the cash application; never null
     */
    public CashApplication cashApplication() {
        return cash;
    }

    /**
     * The outcome of a run.
     *
     * @param report every line's outcome, in statement order; each carries the engine's result
     *     with its evidence and alternatives; never null
     * @param reviewQueue the outcomes whose decision waits for a person (queued, unmatched,
     *     unresolved reversals), in statement order; never null
     */
    public record Result(RunReport report, List<LineOutcome> reviewQueue) {

        /**
         * Validates and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Result {
            Objects.requireNonNull(report, "report");
            reviewQueue = List.copyOf(reviewQueue);
        }

        static Result of(RunReport report) {
            List<LineOutcome> queue = report.outcomes().stream()
                    .filter(outcome -> outcome.findDecision()
                            .map(decision -> decision.status().awaitsReview()).orElse(false))
                    .toList();
            return new Result(report, queue);
        }
    }
}
