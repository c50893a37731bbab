package io.github.receivables.examples.quickstart.report;

import io.github.receivables.core.aging.Aging;
import io.github.receivables.core.aging.AgingBucket;
import io.github.receivables.core.aging.AgingOptions;
import io.github.receivables.core.aging.AgingReport;
import io.github.receivables.core.aging.AgingRow;
import io.github.receivables.core.aging.AgingTotals;
import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Customer;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The aging of the portfolio on one day by due date, in the standard buckets, with customer
 * names for display.
 *
 * @param report the core aging report; never null
 * @param names customer display names by id; never null
 */
public record AgingView(AgingReport report, Map<CustomerId, String> names) {

    /** Width at which customer names are cut in text tables. */
    static final int NAME_WIDTH = 30;

    /**
     * Computes the aging.
     *
     * @param ledger the ledger; never null
     * @param customers the customers by id; never null
     * @param asOf the day; never null
     * @return the view; never null
     */
    public static AgingView compute(Ledger ledger, Map<CustomerId, Customer> customers,
            LocalDate asOf) {
        AgingReport report = Aging.compute(ledger, asOf, AgingOptions.standard());
        Map<CustomerId, String> names = new HashMap<>();
        customers.forEach((id, customer) -> names.put(id, customer.name()));
        return new AgingView(report, Map.copyOf(names));
    }

    /**
     * Returns the bucket labels with an initial capital, such as {@code Not due}, {@code 1-30}.
     *
     * @return the labels in bucket order; never null
     */
    public List<String> bucketLabels() {
        List<String> labels = new ArrayList<>();
        for (AgingBucket bucket : report.options().buckets().buckets()) {
            String label = bucket.label();
            labels.add(label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1));
        }
        return labels;
    }

    /**
     * Returns the rows of one currency, largest total first, ties by customer id.
     *
     * @param currency the currency; never null
     * @return the rows; never null
     */
    public List<AgingRow> rows(Currency currency) {
        return report.rows().stream()
                .filter(row -> row.currency().equals(currency))
                .sorted(Comparator.comparing((AgingRow row) -> row.total().minorUnits())
                        .reversed().thenComparing(AgingRow::customerId))
                .toList();
    }

    /**
     * Returns a customer's display name.
     *
     * @param id the customer; never null
     * @return the name, or the id when the customer is not stored; never null
     */
    public String name(CustomerId id) {
        return names.getOrDefault(id, id.value());
    }

    /**
     * Renders the aging as text tables, one per currency, with a total row.
     *
     * @return the lines; never null
     */
    public List<String> textLines() {
        List<String> lines = new ArrayList<>();
        if (report.currencies().isEmpty()) {
            lines.add("No open items.");
            return lines;
        }
        for (Currency currency : report.currencies()) {
            TextTable table = new TextTable(header());
            for (AgingRow row : rows(currency)) {
                table.add(cells(cut(name(row.customerId())), row.buckets(), row.total(),
                        row.credit()));
            }
            AgingTotals totals = report.totals(currency);
            table.add(cells("Total " + currency.getCurrencyCode(), totals.buckets(),
                    totals.total(), totals.unappliedCash().plus(totals.unappliedCredit())));
            lines.addAll(table.lines());
            if (totals.unidentifiedCash().isPositive()) {
                lines.add("Unidentified cash: " + Amounts.format(totals.unidentifiedCash()));
            }
        }
        return lines;
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("Customer");
        header.addAll(bucketLabels());
        header.add("Total");
        header.add("Credit");
        return header;
    }

    private static List<String> cells(String first, List<Money> buckets, Money total,
            Money credit) {
        List<String> cells = new ArrayList<>();
        cells.add(first);
        buckets.forEach(amount -> cells.add(amount.isZero() ? "-" : Amounts.format(amount)));
        cells.add(Amounts.format(total));
        cells.add(credit.isZero() ? "-" : Amounts.format(credit));
        return cells;
    }

    static String cut(String name) {
        return name.length() <= NAME_WIDTH ? name : name.substring(0, NAME_WIDTH - 3) + "...";
    }
}
