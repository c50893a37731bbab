package io.github.receivables.core.ledger;

import io.github.receivables.core.party.CustomerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Open items and customer credits as of one day, held in parallel primitive arrays so that aging
 * and metrics run over millions of items without an object per item. Each item costs 22 bytes of
 * arrays: customer index (int), currency index (short), issue and due day (int epoch days) and
 * open minor units (long). Customers and currencies are stored once in dictionaries.
 *
 * <p>Rows are grouped by customer, in the order customers were first added, and keep the order
 * they were added in within a customer; row numbers therefore differ from the order of
 * {@link Builder#add} calls. The table contains no date of its own. The code that builds it
 * chooses the as-of day, and a report over it must use the same day.
 * {@link Ledger#openItemTable(LocalDate)} builds one from the ledger.
 *
 * <p>Immutable and thread-safe once built; the arrays are never exposed.
 */
public final class OpenItemTable {

    private final CustomerId[] customers;
    private final Currency[] currencies;
    private final int[] customerIndex;
    private final short[] currencyIndex;
    private final int[] issueDay;
    private final int[] dueDay;
    private final long[] open;
    private final int size;
    private final int[] creditCustomer;
    private final short[] creditCurrency;
    private final long[] creditCash;
    private final long[] creditNotes;
    private final long[] unidentifiedCash;

    private OpenItemTable(Builder b) {
        this.customers = b.customers.toArray(new CustomerId[0]);
        this.currencies = b.currencies.toArray(new Currency[0]);
        this.size = b.size;
        int[] order = groupByCustomer(b.customerIndex, b.size, customers.length);
        this.customerIndex = new int[size];
        this.currencyIndex = new short[size];
        this.issueDay = new int[size];
        this.dueDay = new int[size];
        this.open = new long[size];
        for (int row = 0; row < size; row++) {
            int from = order[row];
            customerIndex[row] = b.customerIndex[from];
            currencyIndex[row] = b.currencyIndex[from];
            issueDay[row] = b.issueDay[from];
            dueDay[row] = b.dueDay[from];
            open[row] = b.open[from];
        }
        int credits = b.creditSize;
        this.creditCustomer = Arrays.copyOf(b.creditCustomer, credits);
        this.creditCurrency = Arrays.copyOf(b.creditCurrency, credits);
        this.creditCash = Arrays.copyOf(b.creditCash, credits);
        this.creditNotes = Arrays.copyOf(b.creditNotes, credits);
        this.unidentifiedCash = Arrays.copyOf(b.unidentifiedCash, currencies.length);
    }

    /**
     * Returns the rows in customer order, keeping the order added within a customer (a stable
     * counting sort), so that per-customer sums touch memory in sequence.
     */
    private static int[] groupByCustomer(int[] customerIndex, int size, int customers) {
        int[] start = new int[customers + 1];
        for (int row = 0; row < size; row++) {
            start[customerIndex[row] + 1]++;
        }
        for (int customer = 0; customer < customers; customer++) {
            start[customer + 1] += start[customer];
        }
        int[] order = new int[size];
        for (int row = 0; row < size; row++) {
            order[start[customerIndex[row]]++] = row;
        }
        return order;
    }

    /**
     * Starts a builder.
     *
     * @param expectedItems how many items to make room for, zero or more; the builder grows past it
     * @return a builder
     * @throws IllegalArgumentException if expectedItems is negative
     */
    public static Builder builder(int expectedItems) {
        return new Builder(expectedItems);
    }

    /**
     * Builds a table from open items.
     *
     * @param items the open items, all as of the same day; items with nothing open are skipped
     * @return the table; never null
     */
    public static OpenItemTable of(Iterable<OpenItem> items) {
        Builder builder = new Builder(16);
        for (OpenItem item : items) {
            builder.add(item);
        }
        return builder.build();
    }

    /**
     * Returns the number of open items.
     *
     * @return the item count
     */
    public int size() {
        return size;
    }

    /**
     * Returns the number of customers in the dictionary.
     *
     * @return the customer count, including customers with credits only
     */
    public int customerCount() {
        return customers.length;
    }

    /**
     * Returns the number of currencies in the dictionary.
     *
     * @return the currency count
     */
    public int currencyCount() {
        return currencies.length;
    }

    /**
     * Returns a customer of the dictionary.
     *
     * @param index from 0 to {@link #customerCount()} - 1
     * @return the customer; never null
     */
    public CustomerId customer(int index) {
        return customers[index];
    }

    /**
     * Returns a currency of the dictionary.
     *
     * @param index from 0 to {@link #currencyCount()} - 1
     * @return the currency; never null
     */
    public Currency currency(int index) {
        return currencies[index];
    }

    /**
     * Returns the customer index of an item.
     *
     * @param item from 0 to {@link #size()} - 1
     * @return the index into the customer dictionary
     */
    public int customerIndex(int item) {
        return customerIndex[item];
    }

    /**
     * Returns the currency index of an item.
     *
     * @param item from 0 to {@link #size()} - 1
     * @return the index into the currency dictionary
     */
    public int currencyIndex(int item) {
        return currencyIndex[item];
    }

    /**
     * Returns the issue date of an item as a count of days since 1970-01-01.
     *
     * @param item from 0 to {@link #size()} - 1
     * @return the epoch day
     */
    public int issueEpochDay(int item) {
        return issueDay[item];
    }

    /**
     * Returns the due date of an item as a count of days since 1970-01-01.
     *
     * @param item from 0 to {@link #size()} - 1
     * @return the epoch day
     */
    public int dueEpochDay(int item) {
        return dueDay[item];
    }

    /**
     * Returns the open amount of an item.
     *
     * @param item from 0 to {@link #size()} - 1
     * @return the open amount in minor units of the item's currency, positive
     */
    public long openMinor(int item) {
        return open[item];
    }

    /**
     * Returns the number of credit entries.
     *
     * @return the count of (customer, currency) credit entries
     */
    public int creditCount() {
        return creditCustomer.length;
    }

    /**
     * Returns the customer index of a credit entry.
     *
     * @param entry from 0 to {@link #creditCount()} - 1
     * @return the index into the customer dictionary
     */
    public int creditCustomerIndex(int entry) {
        return creditCustomer[entry];
    }

    /**
     * Returns the currency index of a credit entry.
     *
     * @param entry from 0 to {@link #creditCount()} - 1
     * @return the index into the currency dictionary
     */
    public int creditCurrencyIndex(int entry) {
        return creditCurrency[entry];
    }

    /**
     * Returns the unapplied cash of a credit entry.
     *
     * @param entry from 0 to {@link #creditCount()} - 1
     * @return minor units, zero or more
     */
    public long creditUnappliedCashMinor(int entry) {
        return creditCash[entry];
    }

    /**
     * Returns the unapplied credit notes of a credit entry.
     *
     * @param entry from 0 to {@link #creditCount()} - 1
     * @return minor units, zero or more
     */
    public long creditUnappliedCreditNotesMinor(int entry) {
        return creditNotes[entry];
    }

    /**
     * Returns the cash received from payers not yet identified, in one currency.
     *
     * @param currency from 0 to {@link #currencyCount()} - 1
     * @return minor units, zero or more
     */
    public long unidentifiedCashMinor(int currency) {
        return unidentifiedCash[currency];
    }

    /**
     * Fills an {@link OpenItemTable}. Customers and currencies get dense indexes in the order
     * first seen. Not thread-safe.
     */
    public static final class Builder {
        private final List<CustomerId> customers = new ArrayList<>();
        private final Map<CustomerId, Integer> customerIndexes = new HashMap<>();
        private final List<Currency> currencies = new ArrayList<>();
        private int[] customerIndex;
        private short[] currencyIndex;
        private int[] issueDay;
        private int[] dueDay;
        private long[] open;
        private int size;
        private int[] creditCustomer = new int[8];
        private short[] creditCurrency = new short[8];
        private long[] creditCash = new long[8];
        private long[] creditNotes = new long[8];
        private int creditSize;
        private long[] unidentifiedCash = new long[4];

        private Builder(int expected) {
            if (expected < 0) {
                throw new IllegalArgumentException("expected items must be zero or more, got "
                        + expected);
            }
            int capacity = Math.max(expected, 16);
            customerIndex = new int[capacity];
            currencyIndex = new short[capacity];
            issueDay = new int[capacity];
            dueDay = new int[capacity];
            open = new long[capacity];
        }

        /**
         * Returns the index of a customer, adding it to the dictionary when new.
         *
         * @param customerId the customer; never null
         * @return the dense index
         */
        public int customer(CustomerId customerId) {
            Objects.requireNonNull(customerId, "customerId");
            Integer index = customerIndexes.get(customerId);
            if (index != null) {
                return index;
            }
            customers.add(customerId);
            customerIndexes.put(customerId, customers.size() - 1);
            return customers.size() - 1;
        }

        /**
         * Returns the index of a currency, adding it to the dictionary when new.
         *
         * @param currency the currency; never null
         * @return the dense index
         * @throws IllegalStateException past 32,767 currencies
         */
        public int currency(Currency currency) {
            Objects.requireNonNull(currency, "currency");
            int index = currencies.indexOf(currency);
            if (index >= 0) {
                return index;
            }
            if (currencies.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("too many currencies: an open item table accepts at"
                        + " most 32767");
            }
            currencies.add(currency);
            if (unidentifiedCash.length < currencies.size()) {
                unidentifiedCash = Arrays.copyOf(unidentifiedCash, currencies.size() * 2);
            }
            return currencies.size() - 1;
        }

        /**
         * Adds an open item by dictionary indexes and epoch days, the fast path for bulk loads.
         *
         * @param customer an index from {@link #customer(CustomerId)}
         * @param currency an index from {@link #currency(Currency)}
         * @param issueEpochDay the issue date as days since 1970-01-01
         * @param dueEpochDay the due date as days since 1970-01-01
         * @param openMinor the open amount in minor units, positive
         * @return this builder
         * @throws IllegalArgumentException if an index is unknown or the amount is not positive
         */
        public Builder add(int customer, int currency, int issueEpochDay, int dueEpochDay,
                long openMinor) {
            checkIndexes(customer, currency);
            if (openMinor <= 0) {
                throw new IllegalArgumentException("open item of customer "
                        + customers.get(customer) + " must have a positive open amount, got "
                        + openMinor + " minor units");
            }
            if (size == open.length) {
                grow();
            }
            customerIndex[size] = customer;
            currencyIndex[size] = (short) currency;
            issueDay[size] = issueEpochDay;
            dueDay[size] = dueEpochDay;
            open[size] = openMinor;
            size++;
            return this;
        }

        /**
         * Adds an open item. An item with nothing open is skipped.
         *
         * @param item the item; never null
         * @return this builder
         */
        public Builder add(OpenItem item) {
            Objects.requireNonNull(item, "item");
            if (!item.isOpen()) {
                return this;
            }
            return add(customer(item.customerId()), currency(item.open().currency()),
                    Math.toIntExact(item.issueDate().toEpochDay()),
                    Math.toIntExact(item.dueDate().toEpochDay()), item.open().minorUnits());
        }

        /**
         * Adds a customer's unapplied cash and unapplied credit notes in one currency.
         *
         * @param customer an index from {@link #customer(CustomerId)}
         * @param currency an index from {@link #currency(Currency)}
         * @param unappliedCashMinor unapplied payments in minor units, zero or more
         * @param unappliedCreditNotesMinor unapplied credit notes in minor units, zero or more
         * @return this builder
         * @throws IllegalArgumentException if an index is unknown or an amount is negative
         */
        public Builder addCredit(int customer, int currency, long unappliedCashMinor,
                long unappliedCreditNotesMinor) {
            checkIndexes(customer, currency);
            if (unappliedCashMinor < 0 || unappliedCreditNotesMinor < 0) {
                throw new IllegalArgumentException("credit of customer " + customers.get(customer)
                        + " must not be negative, got " + unappliedCashMinor + " and "
                        + unappliedCreditNotesMinor + " minor units");
            }
            if (creditSize == creditCustomer.length) {
                int capacity = creditSize * 2;
                creditCustomer = Arrays.copyOf(creditCustomer, capacity);
                creditCurrency = Arrays.copyOf(creditCurrency, capacity);
                creditCash = Arrays.copyOf(creditCash, capacity);
                creditNotes = Arrays.copyOf(creditNotes, capacity);
            }
            creditCustomer[creditSize] = customer;
            creditCurrency[creditSize] = (short) currency;
            creditCash[creditSize] = unappliedCashMinor;
            creditNotes[creditSize] = unappliedCreditNotesMinor;
            creditSize++;
            return this;
        }

        /**
         * Adds cash received from a payer not yet identified.
         *
         * @param currency an index from {@link #currency(Currency)}
         * @param minor the amount in minor units, zero or more
         * @return this builder
         * @throws IllegalArgumentException if the index is unknown or the amount is negative
         */
        public Builder addUnidentifiedCash(int currency, long minor) {
            if (currency < 0 || currency >= currencies.size()) {
                throw new IllegalArgumentException("unknown currency index " + currency);
            }
            if (minor < 0) {
                throw new IllegalArgumentException("unidentified cash must not be negative, got "
                        + minor + " minor units");
            }
            unidentifiedCash[currency] = Math.addExact(unidentifiedCash[currency], minor);
            return this;
        }

        /**
         * Builds the table; the builder may be used again afterwards.
         *
         * @return the table, trimmed to its size; never null
         */
        public OpenItemTable build() {
            return new OpenItemTable(this);
        }

        private void checkIndexes(int customer, int currency) {
            if (customer < 0 || customer >= customers.size()) {
                throw new IllegalArgumentException("unknown customer index " + customer
                        + ": get one from customer(CustomerId)");
            }
            if (currency < 0 || currency >= currencies.size()) {
                throw new IllegalArgumentException("unknown currency index " + currency
                        + ": get one from currency(Currency)");
            }
        }

        private void grow() {
            int capacity = open.length + (open.length >> 1) + 16;
            customerIndex = Arrays.copyOf(customerIndex, capacity);
            currencyIndex = Arrays.copyOf(currencyIndex, capacity);
            issueDay = Arrays.copyOf(issueDay, capacity);
            dueDay = Arrays.copyOf(dueDay, capacity);
            open = Arrays.copyOf(open, capacity);
        }
    }
}
