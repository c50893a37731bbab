package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.core.party.Rut;
import io.github.receivables.reconciliation.matching.store.StoreAllocationWriter;
import io.github.receivables.reconciliation.matching.store.StoreCustomerLedger;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The invariants of {@link MatchingProperties}, run through {@link StoreReconciler} against the
 * in-memory SPI stores: what the stores hold after a run never exceeds a line or an open
 * balance, proposals conserve money, and a second run over the same statement changes nothing,
 * in the same process and in a new one that reads only what the stores contain. Money is conserved
 * in the stores too: a document's total is its allocations plus its write-offs plus its open
 * balance, and a payment is its allocations plus its adjustments (rounding gains) plus the
 * customer's credit left on it. Every applied line has a stored decision with its keys, and
 * another process can revert each of them. A bank reversal leaves no credit of the payment.
 */
class StoreMatchingProperties {

    /** A random portfolio in the stores and a statement, built from one seed. */
    private static final class Scenario {
        final StorePortfolio portfolio = new StorePortfolio(Fixtures.DAY);
        final Fixtures lines = new Fixtures();
        final List<StatementEntry> statement = new ArrayList<>();
        final Map<DocumentId, Long> open = new HashMap<>();
        final MatchingConfig config;

        Scenario(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            config = Fixtures.clpTolerance(random.nextInt(3) * 500L, random.nextInt(3) * 5L);
            int customers = 1 + random.nextInt(4);
            List<String> numbers = new ArrayList<>();
            List<Long> amounts = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                portfolio.customer("C" + c, "Cliente " + c, 60_000_000 + c);
                int invoices = 1 + random.nextInt(6);
                for (int i = 0; i < invoices; i++) {
                    String number = String.valueOf(100_000 + c * 100 + i);
                    long amount = random.nextInt(4) == 0 ? 50_000 : 1_000 + random.nextInt(200_000);
                    long original = amount + (random.nextInt(5) == 0 ? random.nextInt(50_000) : 0);
                    open.put(portfolio.partlyPaid("C" + c, number, original, amount), amount);
                    numbers.add(number);
                    amounts.add(amount);
                }
                if (random.nextInt(3) == 0) {
                    long credit = 500 + random.nextInt(30_000);
                    open.put(portfolio.creditNote("C" + c, "9" + c, credit), credit);
                }
            }
            int count = 1 + random.nextInt(8);
            for (int k = 0; k < count; k++) {
                statement.add(line(random, customers, numbers, amounts));
            }
            if (random.nextBoolean()) {
                statement.add(statement.get(random.nextInt(statement.size())));
            }
        }

        private StatementEntry line(SplittableRandom random, int customers, List<String> numbers,
                List<Long> amounts) {
            int pick = random.nextInt(numbers.size());
            long amount = switch (random.nextInt(6)) {
                case 0 -> amounts.get(pick);
                case 1 -> amounts.get(pick) - random.nextInt(1_200);
                case 2 -> amounts.get(pick) + random.nextInt(300_000);
                case 3 -> Math.max(1, amounts.get(pick) / 2);
                case 4 -> amounts.get(pick) + amounts.get(random.nextInt(amounts.size()));
                default -> 1 + random.nextInt(250_000);
            };
            String text = switch (random.nextInt(5)) {
                case 0 -> "factura " + numbers.get(pick);
                case 1 -> "facturas " + numbers.get(pick) + " y "
                        + numbers.get(random.nextInt(numbers.size()));
                case 2 -> "pago " + numbers.get(pick).substring(0, 5);
                case 3 -> "PAGO";
                default -> "factura " + numbers.get(pick).replace('0', '9');
            };
            String taxId = random.nextBoolean() ? null
                    : Rut.of(60_000_000 + random.nextInt(customers)).format();
            return lines.entry(new StatementAmount(BigDecimal.valueOf(amount), "CLP"),
                    new Party("Cliente " + random.nextInt(customers), null, taxId, null), text,
                    null, null, null, EntryStatus.BOOKED, false);
        }
    }

    /** Runs a statement on a fresh reconciler, as a later process would. */
    private static RunReport run(Scenario scenario) {
        return scenario.portfolio.reconciler(scenario.config).cashApplication()
                .run(scenario.statement, Fixtures.DAY);
    }

    @Property(tries = 1000)
    void storedAllocationsNeverExceedLineOrItem(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);

        RunReport report = run(scenario);

        for (LineOutcome outcome : report.outcomes()) {
            Payment payment = scenario.portfolio.stores.payments()
                    .findByExternalId(outcome.line().id()).map(Versioned::value).orElse(null);
            if (payment == null) {
                continue;
            }
            long fromLine = scenario.portfolio.stores.allocations()
                    .findBySource(AllocationSource.payment(payment.id())).stream()
                    .filter(a -> a.reversedOn() == null)
                    .mapToLong(a -> a.sourceAmount().minorUnits()).sum();
            assertTrue(fromLine <= payment.amount().minorUnits(), "line " + outcome.line().id()
                    + " allocated " + fromLine + " above " + payment.amount());
        }
        scenario.open.forEach((document, open) -> assertTrue(
                settledThisRun(scenario, document)
                        + scenario.portfolio.writtenOffMinor(document) <= open,
                "document " + document + " settled above open " + open));
    }

    @Property(tries = 1000)
    void documentTotalIsAllocationsWriteOffsAndOpen(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);

        run(scenario);

        for (CustomerId customer : scenario.portfolio.customers) {
            Ledger ledger = StoreCustomerLedger.load(scenario.portfolio.stores, customer);
            for (Document document : ledger.documents()) {
                if (!document.kind().isReceivable()) {
                    continue;
                }
                long allocated = scenario.portfolio.settledMinor(document.id());
                long writtenOff = scenario.portfolio.writtenOffMinor(document.id());
                long open = ledger.openBalance(document.id(), Fixtures.DAY).minorUnits();
                assertTrue(open >= 0, "document " + document.id() + " open " + open);
                assertEquals(document.total().minorUnits(), allocated + writtenOff + open,
                        "document " + document.id());
            }
        }
    }

    @Property(tries = 1000)
    void writeOffsAreTheAppliedShortfalls(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);

        RunReport report = run(scenario);

        Map<String, Long> proposed = new HashMap<>();
        for (LineOutcome outcome : report.outcomes()) {
            long shortfalls = outcome.action() != LineOutcome.Action.AUTO_APPLIED ? 0
                    : appliedProposal(outcome).adjustments().stream()
                            .filter(a -> a.amount().isNegative())
                            .mapToLong(a -> -a.amount().minorUnits()).sum();
            proposed.merge(outcome.line().id(), shortfalls, Long::sum);
        }
        proposed.forEach((lineId, shortfalls) -> assertEquals(shortfalls,
                scenario.portfolio.stores.writeOffs().findBySource(lineId).stream()
                        .mapToLong(w -> w.writeOff().amount().minorUnits()).sum(),
                "line " + lineId));
    }

    @Property(tries = 1000)
    void paymentIsAllocationsAdjustmentsPlusCredit(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);

        RunReport report = run(scenario);

        for (LineOutcome outcome : report.outcomes()) {
            if (outcome.action() != LineOutcome.Action.AUTO_APPLIED) {
                continue;
            }
            Payment payment = scenario.portfolio.stores.payments()
                    .findByExternalId(outcome.line().id()).map(Versioned::value).orElseThrow();
            if (payment.customerId() == null) {
                continue;
            }
            Ledger ledger = StoreCustomerLedger.load(scenario.portfolio.stores,
                    payment.customerId());
            long allocated = scenario.portfolio.stores.allocations()
                    .findBySource(AllocationSource.payment(payment.id())).stream()
                    .filter(a -> a.reversedOn() == null)
                    .mapToLong(a -> a.sourceAmount().minorUnits()).sum();
            long adjusted = scenario.portfolio.adjustedMinor(payment.id());
            long credit = ledger.unapplied(payment.id(), Fixtures.DAY).minorUnits();
            assertEquals(payment.amount().minorUnits(), allocated + adjusted + credit,
                    "payment " + payment.id());
            Proposal proposal = appliedProposal(outcome);
            long gains = proposal.adjustments().stream().filter(a -> a.amount().isPositive())
                    .mapToLong(a -> a.amount().minorUnits()).sum();
            assertEquals(gains, adjusted, "adjustments of payment " + payment.id());
            assertEquals(proposal.customerCredit().minorUnits()
                    + proposal.unapplied().minorUnits(), credit,
                    "credit of payment " + payment.id());
        }
    }

    private static Proposal appliedProposal(LineOutcome outcome) {
        return outcome.findDecision().flatMap(Decision::findProposal).orElseThrow();
    }

    private static long settledThisRun(Scenario scenario, DocumentId document) {
        return scenario.portfolio.stores.allocations().findByDocument(document).stream()
                .filter(a -> a.reversedOn() == null && !a.id().value().startsWith("EARLIER-"))
                .mapToLong(a -> a.amount().minorUnits()).sum();
    }

    @Property(tries = 1000)
    void moneyIsConservedInStoredDecisions(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);

        RunReport report = run(scenario);

        for (LineOutcome outcome : report.outcomes()) {
            Money lineAmount = outcome.line().amount();
            for (Proposal proposal : outcome.findDecision().map(Decision::proposals)
                    .orElse(List.of())) {
                assertEquals(lineAmount, proposal.lineTotal(), "line " + outcome.line().id());
            }
            MatchDecision stored = scenario.portfolio.stores.matchDecisions()
                    .find(MatchDecisionId.of(outcome.line().id())).map(Versioned::value)
                    .orElse(null);
            if (stored != null) {
                long lines = stored.lines().stream().mapToLong(l -> l.amount().minorUnits())
                        .sum();
                assertTrue(lines <= lineAmount.minorUnits(), "decision " + stored.id()
                        + " applies " + lines + " of a line of " + lineAmount);
            }
        }
    }

    @Property(tries = 1000)
    void everyAppliedLineHasDecisionWithKeys(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);

        RunReport report = run(scenario);

        for (LineOutcome outcome : report.outcomes()) {
            if (outcome.action() != LineOutcome.Action.AUTO_APPLIED) {
                continue;
            }
            MatchDecision stored = scenario.portfolio.stores.matchDecisions()
                    .find(MatchDecisionId.of(outcome.line().id())).map(Versioned::value)
                    .orElse(null);
            assertNotNull(stored, "decision of line " + outcome.line().id());
            assertTrue(stored.status().isApplied(), "status of " + stored.id());
            assertNotNull(stored.lineKeys(), "keys of " + stored.id());
            assertEquals(outcome.line().amount(), stored.lineKeys().amount(),
                    "key amount of " + stored.id());
        }
    }

    @Property(tries = 300)
    void revertInNewProcessUndoesEveryAppliedLine(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        RunReport report = run(scenario);
        StoreAllocationWriter writer = new StoreAllocationWriter(scenario.portfolio.stores,
                StorePortfolio.CLOCK);

        for (LineOutcome outcome : report.outcomes()) {
            if (outcome.action() == LineOutcome.Action.AUTO_APPLIED) {
                assertTrue(writer.revert(outcome.line().id(), Fixtures.DAY.plusDays(1),
                        AllocationWriter.RevertReason.USER_UNAPPLY),
                        "revert of line " + outcome.line().id());
                PaymentId payment = scenario.portfolio.stores.payments()
                        .findByExternalId(outcome.line().id()).orElseThrow().value().id();
                assertEquals(0, scenario.portfolio.adjustedMinor(payment),
                        "adjustments of payment " + payment);
            }
        }

        for (DocumentId document : scenario.open.keySet()) {
            assertEquals(0, settledThisRun(scenario, document), "settled " + document);
            assertEquals(0, scenario.portfolio.writtenOffMinor(document),
                    "written off " + document);
        }
    }

    @Property(tries = 300)
    void bankReversalInNewProcessLeavesNoCredit(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        RunReport report = run(scenario);
        StoreAllocationWriter writer = new StoreAllocationWriter(scenario.portfolio.stores,
                StorePortfolio.CLOCK);
        LocalDate reversalDay = Fixtures.DAY.plusDays(1);

        for (LineOutcome outcome : report.outcomes()) {
            if (outcome.action() != LineOutcome.Action.AUTO_APPLIED) {
                continue;
            }
            assertTrue(writer.revert(outcome.line().id(), reversalDay,
                    AllocationWriter.RevertReason.BANK_REVERSAL),
                    "reversal of line " + outcome.line().id());
            Payment payment = scenario.portfolio.stores.payments()
                    .findByExternalId(outcome.line().id()).map(Versioned::value).orElseThrow();
            assertEquals(payment.amount().minorUnits(),
                    scenario.portfolio.adjustedMinor(payment.id()),
                    "returned part of payment " + payment.id());
            if (payment.customerId() != null) {
                Ledger ledger = StoreCustomerLedger.load(scenario.portfolio.stores,
                        payment.customerId());
                assertEquals(0, ledger.unapplied(payment.id(), reversalDay).minorUnits(),
                        "credit of payment " + payment.id());
            }
        }

        for (DocumentId document : scenario.open.keySet()) {
            assertEquals(0, settledThisRun(scenario, document), "settled " + document);
        }
    }

    @Property(tries = 300)
    void applyingSameStatementTwiceChangesNothing(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        CashApplication cash = scenario.portfolio.reconciler(scenario.config).cashApplication();
        cash.run(scenario.statement, Fixtures.DAY);
        StorePortfolio.Snapshot before = scenario.portfolio.snapshot();

        RunReport again = cash.run(scenario.statement, Fixtures.DAY.plusDays(1));

        assertEquals(0, again.changedCount());
        assertEquals(before, scenario.portfolio.snapshot());
    }

    @Property(tries = 300)
    void rerunInNewProcessChangesNothingInStores(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        run(scenario);
        StorePortfolio.Snapshot before = scenario.portfolio.snapshot();

        RunReport again = run(scenario);

        assertEquals(0, again.changedCount());
        for (LineOutcome outcome : again.outcomes()) {
            assertNotEquals(LineOutcome.Action.AUTO_APPLIED, outcome.action(),
                    "line " + outcome.line().id() + " applied again");
            assertNotEquals(LineOutcome.Action.REVERSED, outcome.action(),
                    "line " + outcome.line().id() + " reversed again");
        }
        assertEquals(before, scenario.portfolio.snapshot());
    }
}
