package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.PayoutSettlement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A generated portfolio with statements and the known answer for every line.
 *
 * @param settings the settings it was generated from; never null
 * @param customers the customers as payer profiles; never null
 * @param items the open invoices and credit notes; never null
 * @param statement the first statement's entries, in booking order; never null
 * @param laterStatement the later statement's entries (reversals); never null
 * @param settlements the payment providers' settlement details of the payouts; never null
 * @param expected the answer per line id; never null
 */
public record GeneratedDataSet(
        GeneratorSettings settings,
        List<PayerProfile> customers,
        List<MatchableItem> items,
        List<StatementEntry> statement,
        List<StatementEntry> laterStatement,
        List<PayoutSettlement> settlements,
        Map<String, ExpectedOutcome> expected) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public GeneratedDataSet {
        Objects.requireNonNull(settings, "settings");
        customers = List.copyOf(customers);
        items = List.copyOf(items);
        statement = List.copyOf(statement);
        laterStatement = List.copyOf(laterStatement);
        settlements = List.copyOf(settlements);
        expected = Map.copyOf(expected);
    }
}
