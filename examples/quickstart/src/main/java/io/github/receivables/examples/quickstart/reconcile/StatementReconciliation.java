package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.spi.store.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Step 4 of the day: matches the entries of a statement file not imported before, then stores
 * the unidentified cash and records the entries as imported in one transaction.
 *
 * <p>Each line's decision is stored by the matching run itself, so a crash or a store failure
 * during or after matching leaves the entries unrecorded. The next run of the same file then
 * matches them again. Lines decided before the crash come back as {@code ALREADY_DECIDED}. The
 * store writer inserts a line's payment only if none with its id exists, and skips a line whose
 * final decision is stored, so nothing is applied twice.
 */
public final class StatementReconciliation {

    private StatementReconciliation() {}

    /**
     * The outcome of reconciling one file.
     *
     * @param duplicates how many entries an earlier run imported, left out of matching
     * @param result the matching run over the other entries; never null
     */
    public record Outcome(int duplicates, StoreReconciler.Result result) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException if result is null
         */
        public Outcome {
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Reconciles the statements of one file against the open items in the stores.
     *
     * @param stores the stores; never null
     * @param statements the statements of the file; never null
     * @param now the moment of the run, which stamps decisions and the import; never null
     * @param asOf the day of the open items and of the run; never null
     * @return the duplicates left out and the matching run; never null
     * @throws io.github.receivables.reconciliation.matching.MatchingException if matching fails;
     *     the entries then stay unrecorded for the next run
     * @throws io.github.receivables.spi.store.StoreException if the stores fail
     */
    public static Outcome run(Stores stores, List<BankStatement> statements, Instant now,
            LocalDate asOf) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(asOf, "asOf");
        return run(stores, statements, now, asOf, fresh -> StoreReconciler.open(stores,
                MatchingConfig.defaults(), Clock.fixed(now, ZoneOffset.UTC), asOf).run(fresh));
    }

    /** Runs with the given matching step; tests pass one that fails. */
    static Outcome run(Stores stores, List<BankStatement> statements, Instant now,
            LocalDate asOf, Function<List<BankStatement>, StoreReconciler.Result> matching) {
        Objects.requireNonNull(stores, "stores");
        StatementIntake.Intake intake = StatementIntake.check(stores, statements);
        StoreReconciler.Result result = matching.apply(intake.statements());
        stores.runInTransaction(tx -> {
            UnidentifiedCash.store(tx, result.report().outcomes(), asOf);
            StatementIntake.record(tx, statements, now);
        });
        return new Outcome(intake.duplicates(), result);
    }
}
