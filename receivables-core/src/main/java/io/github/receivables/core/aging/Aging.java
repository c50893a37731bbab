package io.github.receivables.core.aging;

import io.github.receivables.core.ledger.Ledger;
import io.github.receivables.core.ledger.OpenItemTable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes aging reports. Stateless and thread-safe.
 *
 * <p>Cost: one pass over the open items and one over the credits, plus
 * {@code 8 × customers × currencies × buckets} bytes for the per-customer sums.
 */
public final class Aging {

    private Aging() {}

    /**
     * Ages a ledger as of a day: documents, payments, allocations and write-offs dated after it
     * are ignored, so the report is the one that would have been printed that day (with the
     * collection statuses known now).
     *
     * @param ledger the ledger; never null
     * @param asOf the day; never null
     * @param options the buckets and basis; never null
     * @return the report; never null
     */
    public static AgingReport compute(Ledger ledger, LocalDate asOf, AgingOptions options) {
        Objects.requireNonNull(ledger, "ledger");
        return compute(ledger.openItemTable(asOf), asOf, options);
    }

    /**
     * Ages an open item table. The table must hold open amounts as of the same day.
     *
     * @param table the open items and credits as of {@code asOf}; never null
     * @param asOf the day ages are counted to; never null
     * @param options the buckets and basis; never null
     * @return the report; never null
     * @throws IllegalArgumentException if customers × currencies × buckets exceeds the largest
     *     Java array
     * @throws ArithmeticException if a sum overflows a long of minor units
     */
    public static AgingReport compute(OpenItemTable table, LocalDate asOf, AgingOptions options) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        int currencies = table.currencyCount();
        int bucketCount = options.buckets().size();
        long cells = (long) table.customerCount() * currencies * bucketCount;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("aging of " + table.customerCount()
                    + " customers in " + currencies + " currencies is too large for one report:"
                    + " split the table by currency");
        }
        long[] amounts = new long[(int) cells];
        AgingBuckets buckets = options.buckets();
        boolean byDue = options.basis() == AgingBasis.DUE_DATE;
        long asOfDay = asOf.toEpochDay();
        int size = table.size();
        for (int i = 0; i < size; i++) {
            long from = byDue ? table.dueEpochDay(i) : table.issueEpochDay(i);
            int bucket = buckets.indexOf(asOfDay - from);
            int cell = (table.customerIndex(i) * currencies + table.currencyIndex(i)) * bucketCount
                    + bucket;
            amounts[cell] = Math.addExact(amounts[cell], table.openMinor(i));
        }
        return new AgingReport(table, asOf, options, amounts);
    }
}
