package io.github.receivables.core.account;

import static io.github.receivables.core.ledger.LedgerOperations.BASE;
import static io.github.receivables.core.ledger.LedgerOperations.CLP;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.aging.AgingReport;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.LedgerOperations;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StatementProperties {

    @Provide
    Arbitrary<List<LedgerOperations.Op>> operations() {
        return LedgerOperations.sequences(5, 40);
    }

    @Property(tries = 1000)
    void closingEqualsAgingNet(@ForAll("operations") List<LedgerOperations.Op> ops,
            @ForAll @IntRange(min = -2, max = 40) int fromOffset,
            @ForAll @IntRange(min = 0, max = 40) int length) {
        Ledger ledger = new Ledger();
        LedgerOperations.run(ledger, ops);
        LocalDate from = BASE.plusDays(fromOffset);
        LocalDate to = from.plusDays(length);
        AgingReport aging = Aging.compute(ledger, to, AgingOptions.standard());

        for (CustomerId customer : ledger.customers()) {
            StatementOfAccount statement = Statements.of(ledger, customer, CLP, from, to);
            Money net = aging.row(customer, CLP).map(row -> row.net()).orElse(Money.zero(CLP));

            assertEquals(net, statement.closing(), "customer " + customer);
        }
    }
}
