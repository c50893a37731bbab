package io.github.receivables.core.aging;

import io.github.receivables.core.ledger.OpenItemTable;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An aging report as of one day: open amounts per customer, currency and bucket, with credits
 * (unapplied cash and credit notes) kept apart. Each row's buckets add up exactly to its total,
 * and each currency's totals to the sum of its rows.
 *
 * <p>Rows are built on request from primitive sums, so a report over millions of items stays
 * small. Immutable and thread-safe; the lazily built customer index is published safely.
 */
public final class AgingReport {

    private final LocalDate asOf;
    private final AgingOptions options;
    private final CustomerId[] customers;
    private final Currency[] currencies;
    private final int bucketCount;
    private final long[] amounts;
    private final long[] cash;
    private final long[] credit;
    private final long[] unidentified;
    private final long[] totals;
    private volatile Map<CustomerId, Integer> customerIndex;

    AgingReport(OpenItemTable table, LocalDate asOf, AgingOptions options, long[] amounts) {
        this.asOf = asOf;
        this.options = options;
        this.customers = new CustomerId[table.customerCount()];
        Arrays.setAll(customers, table::customer);
        this.currencies = new Currency[table.currencyCount()];
        Arrays.setAll(currencies, table::currency);
        this.bucketCount = options.buckets().size();
        this.amounts = amounts;
        int pairs = customers.length * currencies.length;
        this.cash = new long[table.creditCount() == 0 ? 0 : pairs];
        this.credit = new long[cash.length];
        for (int i = 0; i < table.creditCount(); i++) {
            int pair = table.creditCustomerIndex(i) * currencies.length
                    + table.creditCurrencyIndex(i);
            cash[pair] = Math.addExact(cash[pair], table.creditUnappliedCashMinor(i));
            credit[pair] = Math.addExact(credit[pair], table.creditUnappliedCreditNotesMinor(i));
        }
        this.unidentified = new long[currencies.length];
        Arrays.setAll(unidentified, table::unidentifiedCashMinor);
        this.totals = new long[currencies.length * bucketCount];
        int cell = 0;
        for (int customer = 0; customer < customers.length; customer++) {
            for (int total = 0; total < totals.length; total++) {
                totals[total] = Math.addExact(totals[total], amounts[cell++]);
            }
        }
    }

    /**
     * Returns the day of the report.
     *
     * @return the as-of day; never null
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the buckets and basis used.
     *
     * @return the options; never null
     */
    public AgingOptions options() {
        return options;
    }

    /**
     * Returns the currencies with open items or credits.
     *
     * @return the currencies in the order first seen; never null
     */
    public List<Currency> currencies() {
        return List.of(currencies);
    }

    /**
     * Returns the portfolio totals in every currency.
     *
     * @return one entry per currency, in {@link #currencies()} order; never null
     */
    public List<AgingTotals> totals() {
        List<AgingTotals> list = new ArrayList<>(currencies.length);
        for (Currency currency : currencies) {
            list.add(totals(currency));
        }
        return list;
    }

    /**
     * Returns the portfolio totals in one currency.
     *
     * @param currency the currency; never null
     * @return the totals, all zero for a currency not in the report; never null
     */
    public AgingTotals totals(Currency currency) {
        int index = currencyIndex(currency);
        long[] buckets = new long[bucketCount];
        long cashSum = 0;
        long creditSum = 0;
        long unidentifiedSum = 0;
        if (index >= 0) {
            System.arraycopy(totals, index * bucketCount, buckets, 0, bucketCount);
            for (int customer = 0; cash.length > 0 && customer < customers.length; customer++) {
                cashSum += cash[customer * currencies.length + index];
                creditSum += credit[customer * currencies.length + index];
            }
            unidentifiedSum = unidentified[index];
        }
        return new AgingTotals(currency, money(buckets, currency), sum(buckets, currency),
                Money.ofMinor(cashSum, currency), Money.ofMinor(creditSum, currency),
                Money.ofMinor(unidentifiedSum, currency));
    }

    /**
     * Returns the total open in one currency.
     *
     * @param currency the currency; never null
     * @return the sum of all buckets; never null
     */
    public Money total(Currency currency) {
        return totals(currency).total();
    }

    /**
     * Returns what is not yet due in one currency: the buckets of zero or fewer days.
     *
     * @param currency the currency; never null
     * @return the amount not yet due; never null
     * @throws IllegalStateException if the report ages by issue date
     */
    public Money notDue(Currency currency) {
        if (options.basis() != AgingBasis.DUE_DATE) {
            throw new IllegalStateException("an aging by issue date cannot tell what is due:"
                    + " age by due date instead");
        }
        List<Money> buckets = totals(currency).buckets();
        Money sum = Money.zero(currency);
        for (int i = 0; i < options.buckets().notDueCount(); i++) {
            sum = sum.plus(buckets.get(i));
        }
        return sum;
    }

    /**
     * Returns every non-empty row, ordered by customer id then currency code.
     *
     * @return the rows; never null
     */
    public List<AgingRow> rows() {
        Integer[] order = new Integer[customers.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> customers[i]));
        Integer[] currencyOrder = new Integer[currencies.length];
        Arrays.setAll(currencyOrder, i -> i);
        Arrays.sort(currencyOrder, Comparator.comparing(i -> currencies[i].getCurrencyCode()));
        List<AgingRow> rows = new ArrayList<>();
        for (int customer : order) {
            for (int currency : currencyOrder) {
                if (!isEmpty(customer, currency)) {
                    rows.add(row(customer, currency));
                }
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Returns one customer's row in one currency.
     *
     * @param customerId the customer; never null
     * @param currency the currency; never null
     * @return the row, or empty when the customer has nothing open and no credit in it
     */
    public Optional<AgingRow> row(CustomerId customerId, Currency currency) {
        Integer customer = customerIndex().get(Objects.requireNonNull(customerId, "customerId"));
        int index = currencyIndex(currency);
        if (customer == null || index < 0 || isEmpty(customer, index)) {
            return Optional.empty();
        }
        return Optional.of(row(customer, index));
    }

    /**
     * Returns the customers that owe most in one currency, largest first, ties by customer id.
     *
     * @param currency the currency; never null
     * @param n how many, zero or more
     * @return up to n rows; never null
     * @throws IllegalArgumentException if n is negative
     */
    public List<AgingRow> topCustomers(Currency currency, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("top customer count must be zero or more, got " + n);
        }
        int index = currencyIndex(currency);
        if (index < 0 || n == 0) {
            return List.of();
        }
        int[] top = new int[n];
        long[] topOwed = new long[n];
        int count = 0;
        for (int customer = 0; customer < customers.length; customer++) {
            long owed = customerTotal(customer, index);
            if (owed <= 0 || count == n && !ranksAbove(owed, customer, topOwed[n - 1],
                    top[n - 1])) {
                continue;
            }
            int slot = count < n ? count++ : n - 1;
            while (slot > 0 && ranksAbove(owed, customer, topOwed[slot - 1], top[slot - 1])) {
                top[slot] = top[slot - 1];
                topOwed[slot] = topOwed[slot - 1];
                slot--;
            }
            top[slot] = customer;
            topOwed[slot] = owed;
        }
        List<AgingRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(row(top[i], index));
        }
        return rows;
    }

    /** Tells whether a customer ranks above another: it owes more, or as much with a smaller id. */
    private boolean ranksAbove(long owed, int customer, long otherOwed, int other) {
        if (owed != otherOwed) {
            return owed > otherOwed;
        }
        return customers[customer].compareTo(customers[other]) < 0;
    }

    private long customerTotal(int customer, int currency) {
        int base = (customer * currencies.length + currency) * bucketCount;
        long sum = 0;
        for (int b = 0; b < bucketCount; b++) {
            sum += amounts[base + b];
        }
        return sum;
    }

    private boolean isEmpty(int customer, int currency) {
        int pair = customer * currencies.length + currency;
        boolean noCredit = cash.length == 0 || cash[pair] == 0 && credit[pair] == 0;
        if (!noCredit) {
            return false;
        }
        int base = pair * bucketCount;
        for (int b = 0; b < bucketCount; b++) {
            if (amounts[base + b] != 0) {
                return false;
            }
        }
        return true;
    }

    private AgingRow row(int customer, int currency) {
        Currency unit = currencies[currency];
        int pair = customer * currencies.length + currency;
        long[] buckets = Arrays.copyOfRange(amounts, pair * bucketCount,
                pair * bucketCount + bucketCount);
        long cashMinor = cash.length == 0 ? 0 : cash[pair];
        long creditMinor = cash.length == 0 ? 0 : credit[pair];
        return new AgingRow(customers[customer], unit, money(buckets, unit), sum(buckets, unit),
                Money.ofMinor(cashMinor, unit), Money.ofMinor(creditMinor, unit));
    }

    private static List<Money> money(long[] minor, Currency currency) {
        List<Money> list = new ArrayList<>(minor.length);
        for (long amount : minor) {
            list.add(Money.ofMinor(amount, currency));
        }
        return list;
    }

    private static Money sum(long[] minor, Currency currency) {
        long total = 0;
        for (long amount : minor) {
            total = Math.addExact(total, amount);
        }
        return Money.ofMinor(total, currency);
    }

    private int currencyIndex(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        for (int i = 0; i < currencies.length; i++) {
            if (currencies[i].equals(currency)) {
                return i;
            }
        }
        return -1;
    }

    private Map<CustomerId, Integer> customerIndex() {
        Map<CustomerId, Integer> index = customerIndex;
        if (index == null) {
            index = new HashMap<>(customers.length * 2);
            for (int i = 0; i < customers.length; i++) {
                index.put(customers[i], i);
            }
            customerIndex = index;
        }
        return index;
    }
}
