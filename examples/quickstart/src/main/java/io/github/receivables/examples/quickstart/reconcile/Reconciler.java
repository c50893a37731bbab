package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.ledger.PaymentMethod;
import io.github.receivables.examples.quickstart.store.LedgerLoader;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.CashApplication;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchResult;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.MatchingEngine;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.RunReport;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.memory.InMemoryDecisionLog;
import io.github.receivables.reconciliation.matching.memory.InMemoryPayerRules;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.spi.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Step 4 of the day: records a statement's new entries and matches them against the open items
 * of the ledger. Confident matches are applied, and the other lines go to the review queue. A
 * credit line that matches no item is stored as a payment of the recognized customer, or as
 * unidentified cash, so the aging shows it while a person decides.
 */
public final class Reconciler {

    private final Stores stores;

    /**
     * Creates the reconciler.
     *
     * @param stores the stores; never null
     */
    public Reconciler(Stores stores) {
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    /**
     * The outcome of reconciling one file.
     *
     * @param report what happened to each new line, in file order; never null
     * @param duplicates how many entries were imported by an earlier run and skipped
     */
    public record Reconciliation(RunReport report, int duplicates) {}

    /**
     * Reconciles the statements of one file.
     *
     * @param statements the statements; never null
     * @param asOf the day of the run, used as the application date; never null
     * @param now the moment of the run, recorded with the import; never null
     * @return what happened to each line; never null
     */
    public Reconciliation run(List<BankStatement> statements, LocalDate asOf, Instant now) {
        StatementIntake.Intake intake = StatementIntake.register(stores, statements, now);
        LedgerLoader.Loaded loaded = LedgerLoader.load(stores);
        List<PayerProfile> profiles = loaded.customers().values().stream()
                .map(PayerProfile::of).toList();
        List<MatchableItem> items = loaded.ledger().openItems(asOf).stream()
                .map(MatchableItem::of).toList();
        InMemoryPayerRules rules = new InMemoryPayerRules();
        MatchingEngine engine = MatchingEngine.builder(OpenItemIndex.build(profiles, items))
                .payerRules(rules).build();
        CashApplication application = new CashApplication(engine,
                new StoreAllocationWriter(stores), new InMemoryDecisionLog(), rules);
        RunReport report = application.run(intake.entries(), asOf);
        report.outcomes().forEach(outcome -> storeUnmatchedCash(outcome, asOf));
        return new Reconciliation(report, intake.duplicates());
    }

    private void storeUnmatchedCash(LineOutcome outcome, LocalDate asOf) {
        if (!(outcome.result() instanceof MatchResult.Unmatched unmatched)) {
            return;
        }
        BankLine line = outcome.line();
        if (!line.isSettledCredit() || line.id().length() > 100) {
            return;
        }
        LocalDate received = line.date() != null ? line.date() : asOf;
        Payment payment = new Payment(PaymentId.of(line.id()), unmatched.payer(), line.amount(),
                received, PaymentMethod.BANK_TRANSFER, reference(line.remittance()), line.id());
        stores.payments().insertAllIfAbsent(List.of(payment));
    }

    private static String reference(String text) {
        return text.isBlank() ? null : text.substring(0, Math.min(280, text.length()));
    }
}
