package io.github.receivables.core.aging;

import static io.github.receivables.core.ledger.LedgerOperations.BASE;
import static io.github.receivables.core.ledger.LedgerOperations.CLP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.ledger.CustomerPosition;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.LedgerOperations;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class AgingProperties {

    @Provide
    Arbitrary<List<LedgerOperations.Op>> operations() {
        return LedgerOperations.sequences(5, 40);
    }

    @Property(tries = 1000)
    void bucketsAddUpExactlyToOpenBalance(@ForAll("operations") List<LedgerOperations.Op> ops,
            @ForAll @IntRange(min = -5, max = 130) int offset,
            @ForAll @Size(max = 6) List<@IntRange(min = -30, max = 150) Integer> bounds,
            @ForAll boolean byIssueDate) {
        Ledger ledger = new Ledger();
        LedgerOperations.run(ledger, ops);
        LocalDate asOf = BASE.plusDays(offset);
        TreeSet<Integer> sorted = new TreeSet<>(bounds);
        sorted.add(0);
        AgingOptions options = new AgingOptions(
                AgingBuckets.of(sorted.stream().mapToInt(Integer::intValue).toArray()),
                byIssueDate ? AgingBasis.ISSUE_DATE : AgingBasis.DUE_DATE);

        AgingReport report = Aging.compute(ledger, asOf, options);

        Money portfolio = Money.zero(CLP);
        for (CustomerId customer : ledger.customers()) {
            CustomerPosition position = ledger.position(customer, CLP, asOf);
            AgingRow row = report.row(customer, CLP).orElse(null);
            Money bucketSum = Money.zero(CLP);
            if (row != null) {
                for (Money bucket : row.buckets()) {
                    bucketSum = bucketSum.plus(bucket);
                }
                assertEquals(row.total(), bucketSum);
                assertEquals(position.unappliedCash(), row.unappliedCash());
                assertEquals(position.unappliedCredit(), row.unappliedCredit());
            }
            assertEquals(openOf(ledger, customer, asOf), bucketSum, "customer " + customer);
            assertEquals(position.open(), bucketSum);
            portfolio = portfolio.plus(bucketSum);
        }
        assertEquals(portfolio, report.total(CLP));
    }

    private static Money openOf(Ledger ledger, CustomerId customer, LocalDate asOf) {
        Money sum = Money.zero(CLP);
        for (Document document : ledger.facts(customer).documents()) {
            if (document.kind().isReceivable()) {
                sum = sum.plus(ledger.openBalance(document.id(), asOf));
            }
        }
        return sum;
    }
}
