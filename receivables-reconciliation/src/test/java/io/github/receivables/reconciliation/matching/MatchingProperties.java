package io.github.receivables.reconciliation.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of matching and deciding over random small portfolios and statements: random
 * amounts near and far from open amounts, shared amounts, credit notes, listed and mistyped
 * references, payer tax ids, tolerances, and repeated lines.
 */
class MatchingProperties {

    /** A random portfolio and statement built from one seed. */
    private static final class Scenario {
        final Fixtures fixtures = new Fixtures();
        final List<StatementEntry> statement = new ArrayList<>();
        final Map<ItemKey, Long> open = new HashMap<>();
        final MatchingConfig config;

        Scenario(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            config = Fixtures.clpTolerance(random.nextInt(3) * 500L, random.nextInt(3) * 5L);
            int customers = 1 + random.nextInt(4);
            List<String> numbers = new ArrayList<>();
            List<Long> amounts = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                fixtures.customer("C" + c, "Cliente " + c, 60_000_000 + c);
                int invoices = 1 + random.nextInt(6);
                for (int i = 0; i < invoices; i++) {
                    String number = String.valueOf(100_000 + c * 100 + i);
                    long amount = random.nextInt(4) == 0 ? 50_000 : 1_000 + random.nextInt(200_000);
                    long original = amount + (random.nextInt(5) == 0 ? random.nextInt(50_000) : 0);
                    ItemKey key = fixtures.partlyPaid("C" + c, number, original, amount);
                    open.put(key, amount);
                    numbers.add(number);
                    amounts.add(amount);
                }
                if (random.nextInt(3) == 0) {
                    long credit = 500 + random.nextInt(30_000);
                    open.put(fixtures.creditNote("C" + c, "9" + c, credit), credit);
                }
            }
            int lines = 1 + random.nextInt(8);
            for (int k = 0; k < lines; k++) {
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
                    : io.github.receivables.core.party.Rut.of(60_000_000
                            + random.nextInt(customers)).format();
            CreditorReference reference = null;
            return fixtures.entry(new StatementAmount(BigDecimal.valueOf(amount), "CLP"),
                    new Party("Cliente " + random.nextInt(customers), null, taxId, null), text,
                    reference, null, null, EntryStatus.BOOKED, false);
        }
    }

    @Property(tries = 1000)
    void allocationsNeverExceedLineOrItem(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        Fixtures.Service service = scenario.fixtures.service(scenario.config);

        service.application().run(scenario.statement, Fixtures.DAY);

        for (Application application : service.writer().inForce()) {
            long lineAmount = application.payment().amount().minorUnits();
            long fromLine = 0;
            for (ProposedAllocation allocation : application.proposal().allocations()) {
                if (allocation.isFromPayment()) {
                    assertTrue(allocation.sourceAmount().minorUnits() <= lineAmount,
                            "allocation above line: " + allocation);
                    fromLine += allocation.sourceAmount().minorUnits();
                }
            }
            assertTrue(fromLine <= lineAmount, "allocations " + fromLine + " above line "
                    + lineAmount);
        }
        scenario.open.forEach((item, open) -> assertTrue(
                service.writer().settledMinor(item) <= open,
                "item " + item + " settled " + service.writer().settledMinor(item)
                        + " above open " + open));
    }

    @Property(tries = 1000)
    void moneyIsConservedInEveryProposal(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        Fixtures.Service service = scenario.fixtures.service(scenario.config);

        RunReport report = service.application().run(scenario.statement, Fixtures.DAY);

        for (LineOutcome outcome : report.outcomes()) {
            Money lineAmount = outcome.line().amount();
            for (Proposal proposal : outcome.findDecision().map(Decision::proposals)
                    .orElse(List.of())) {
                assertEquals(lineAmount, proposal.lineTotal(),
                        "line " + outcome.line().id() + " proposal " + proposal);
            }
        }
    }

    @Property(tries = 300)
    void applyingSameStatementTwiceChangesNothing(@ForAll long seed) {
        Scenario scenario = new Scenario(seed);
        Fixtures.Service service = scenario.fixtures.service(scenario.config);
        service.application().run(scenario.statement, Fixtures.DAY);
        int writes = service.writer().writeCount();
        List<Decision> decisions = service.log().decisions();

        RunReport again = service.application().run(scenario.statement, Fixtures.DAY.plusDays(1));

        assertEquals(0, again.changedCount());
        assertEquals(writes, service.writer().writeCount());
        assertEquals(decisions, service.log().decisions());
    }
}
