package io.github.receivables.reconciliation.matching.index;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.reconciliation.matching.ItemKey;
import io.github.receivables.reconciliation.matching.ItemReference;
import io.github.receivables.reconciliation.matching.MatchableItem;
import io.github.receivables.reconciliation.matching.MatchingException;
import io.github.receivables.reconciliation.matching.PayerProfile;
import io.github.receivables.reconciliation.matching.score.PayerNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of open items and customers, indexed so that matching one bank line never scans
 * the portfolio. The indexes are by reference (document number and item references), by payer
 * identity (tax id, known account), by customer, and by open amount per currency (hashed for
 * exact amounts, sorted for tolerance ranges).
 *
 * <p>Items are addressed by a dense int position, stable for the life of the index. Items with
 * nothing open are left out. Immutable and thread-safe once built.
 */
public final class OpenItemIndex {

    private static final int[] NONE = new int[0];

    private final MatchableItem[] items;
    private final long[] openMinor;
    private final ItemKey[] keys;
    private final String[][] itemKeys;
    private final int[] itemCustomer;
    private final PayerProfile[] customers;
    private final String[] customerNames;
    private final Map<CustomerId, Integer> customerPositions;
    private final Map<String, Integer> byTaxId = new HashMap<>();
    private final Map<String, Integer> byAccount = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final int[][] customerItems;
    private final Map<String, int[]> byReference;
    private final Map<ItemKey, Integer> byKey;
    private final Map<Currency, AmountIndex> byAmount = new HashMap<>();

    private OpenItemIndex(List<PayerProfile> profiles, List<MatchableItem> open) {
        this.customers = profiles.toArray(new PayerProfile[0]);
        this.customerNames = new String[customers.length];
        this.customerPositions = new HashMap<>(customers.length * 2);
        indexCustomers();
        this.items = open.toArray(new MatchableItem[0]);
        this.openMinor = new long[items.length];
        this.keys = new ItemKey[items.length];
        this.itemKeys = new String[items.length][];
        this.itemCustomer = new int[items.length];
        this.byKey = new HashMap<>(items.length * 2);
        this.byReference = new HashMap<>(items.length * 3);
        this.customerItems = indexItems();
        indexAmounts();
    }

    /**
     * Builds the index.
     *
     * @param profiles the customers; never null
     * @param items the open items; items with nothing open are skipped; never null
     * @return the index
     * @throws MatchingException if an item's customer has no profile, or two profiles or two
     *     items share an id, naming the id
     */
    public static OpenItemIndex build(Collection<PayerProfile> profiles,
            Collection<MatchableItem> items) {
        List<MatchableItem> open = new ArrayList<>(items.size());
        for (MatchableItem item : items) {
            if (item.item().isOpen()) {
                open.add(item);
            }
        }
        return new OpenItemIndex(List.copyOf(profiles), open);
    }

    private void indexCustomers() {
        for (int c = 0; c < customers.length; c++) {
            PayerProfile profile = customers[c];
            if (customerPositions.putIfAbsent(profile.id(), c) != null) {
                throw new MatchingException("customer " + profile.id()
                        + " has two payer profiles; pass one per customer");
            }
            customerNames[c] = PayerNames.normalize(profile.name());
            if (!customerNames[c].isEmpty()) {
                byName.merge(customerNames[c], c, (first, second) -> -1);
            }
            if (profile.taxId() != null) {
                byTaxId.putIfAbsent(profile.taxId().compact(), c);
            }
            for (String account : profile.accounts()) {
                byAccount.putIfAbsent(ReferenceKeys.account(account), c);
            }
        }
    }

    private int[][] indexItems() {
        int[] counts = new int[customers.length];
        for (int i = 0; i < items.length; i++) {
            OpenItem item = items[i].item();
            Integer customer = customerPositions.get(item.customerId());
            if (customer == null) {
                throw new MatchingException("open item " + ItemKey.of(item)
                        + " belongs to customer " + item.customerId()
                        + " which has no payer profile; add its profile");
            }
            itemCustomer[i] = customer;
            openMinor[i] = item.open().minorUnits();
            keys[i] = ItemKey.of(item);
            counts[customer]++;
            if (byKey.put(keys[i], i) != null) {
                throw new MatchingException("open item " + ItemKey.of(item)
                        + " is listed twice; pass each instalment once");
            }
            List<ItemReference> references = items[i].references();
            String[] referenceKeys = new String[references.size() + 1];
            referenceKeys[0] = addReference(item.number(), i);
            for (int r = 0; r < references.size(); r++) {
                referenceKeys[r + 1] = addReference(references.get(r).value(), i);
            }
            itemKeys[i] = referenceKeys;
        }
        return groupByCustomer(counts);
    }

    private int[][] groupByCustomer(int[] counts) {
        int[][] grouped = new int[customers.length][];
        for (int c = 0; c < customers.length; c++) {
            grouped[c] = new int[counts[c]];
        }
        int[] filled = new int[customers.length];
        for (int i = 0; i < items.length; i++) {
            int c = itemCustomer[i];
            grouped[c][filled[c]++] = i;
        }
        for (int c = 0; c < grouped.length; c++) {
            sortByDueDate(grouped[c]);
        }
        return grouped;
    }

    /** Sorts item positions by due date, then position, through packed primitive keys. */
    private void sortByDueDate(int[] positions) {
        if (positions.length < 2) {
            return;
        }
        long[] packed = new long[positions.length];
        for (int k = 0; k < positions.length; k++) {
            long day = items[positions[k]].item().dueDate().toEpochDay() + (1L << 31);
            packed[k] = day << 32 | positions[k];
        }
        Arrays.sort(packed);
        for (int k = 0; k < positions.length; k++) {
            positions[k] = (int) packed[k];
        }
    }

    private String addReference(String reference, int item) {
        String key = ReferenceKeys.normalize(reference);
        if (key.isEmpty()) {
            return key;
        }
        int[] previous = byReference.get(key);
        if (previous == null) {
            byReference.put(key, new int[] {item});
        } else if (previous[previous.length - 1] != item) {
            int[] grown = Arrays.copyOf(previous, previous.length + 1);
            grown[previous.length] = item;
            byReference.put(key, grown);
        }
        return key;
    }

    private void indexAmounts() {
        Map<Currency, int[]> counts = new HashMap<>();
        for (MatchableItem item : items) {
            if (item.item().kind().isReceivable()) {
                counts.computeIfAbsent(item.item().open().currency(), k -> new int[1])[0]++;
            }
        }
        counts.forEach((currency, count) -> {
            long[] amounts = new long[count[0]];
            int[] positions = new int[count[0]];
            int filled = 0;
            for (int i = 0; i < items.length; i++) {
                OpenItem item = items[i].item();
                if (item.kind().isReceivable() && item.open().currency().equals(currency)) {
                    amounts[filled] = openMinor[i];
                    positions[filled++] = i;
                }
            }
            byAmount.put(currency, new AmountIndex(amounts, positions));
        });
    }

    /**
     * Returns how many open items the index holds.
     *
     * @return the count
     */
    public int size() {
        return items.length;
    }

    /**
     * Returns the item at a position.
     *
     * @param position 0 to {@link #size()} - 1
     * @return the item as of the snapshot; never null
     */
    public MatchableItem item(int position) {
        return items[position];
    }

    /**
     * Returns an item's key.
     *
     * @param position the item position
     * @return the key; never null
     */
    public ItemKey key(int position) {
        return keys[position];
    }

    /**
     * Returns an item's open amount as of the snapshot.
     *
     * @param position the item position
     * @return the open amount in minor units of the item's currency
     */
    public long openMinor(int position) {
        return openMinor[position];
    }

    /**
     * Returns an item's lookup keys: its normalized number first, then its normalized
     * references, in the order given.
     *
     * @param position the item position
     * @return the keys; never null; do not modify
     */
    public String[] keysOf(int position) {
        return itemKeys[position];
    }

    /**
     * Returns the position of an item.
     *
     * @param key the item key; never null
     * @return the position, or -1 when the item is not open in this snapshot
     */
    public int position(ItemKey key) {
        Integer position = byKey.get(key);
        return position == null ? -1 : position;
    }

    /**
     * Returns the customer position of an item.
     *
     * @param position the item position
     * @return the customer position
     */
    public int customerOf(int position) {
        return itemCustomer[position];
    }

    /**
     * Returns a customer's profile.
     *
     * @param customer the customer position
     * @return the profile; never null
     */
    public PayerProfile customer(int customer) {
        return customers[customer];
    }

    /**
     * Returns a customer's normalized name, as {@link PayerNames#normalize} gives it.
     *
     * @param customer the customer position
     * @return the normalized name; never null
     */
    public String customerName(int customer) {
        return customerNames[customer];
    }

    /**
     * Returns the position of a customer.
     *
     * @param id the customer id; never null
     * @return the position, or -1 when unknown
     */
    public int customerPosition(CustomerId id) {
        Integer position = customerPositions.get(id);
        return position == null ? -1 : position;
    }

    /**
     * Returns the items whose number or a reference has this normalized key.
     *
     * @param key a key from {@link ReferenceKeys#normalize}; never null
     * @return item positions; never null, possibly empty; do not modify
     */
    public int[] byReference(String key) {
        return byReference.getOrDefault(key, NONE);
    }

    /**
     * Returns the customer with a tax id.
     *
     * @param compact the tax id in compact form, such as {@code 123456785}; never null
     * @return the customer position, or -1
     */
    public int customerByTaxId(String compact) {
        return byTaxId.getOrDefault(compact, -1);
    }

    /**
     * Returns the only customer with a normalized name.
     *
     * @param normalizedName a name as {@link PayerNames#normalize} gives it; never null
     * @return the customer position, or -1 when no customer or several have the name
     */
    public int customerByName(String normalizedName) {
        return byName.getOrDefault(normalizedName, -1);
    }

    /**
     * Returns the customer that a known account belongs to.
     *
     * @param account the account as written; never null
     * @return the customer position, or -1
     */
    public int customerByAccount(String account) {
        return byAccount.getOrDefault(ReferenceKeys.account(account), -1);
    }

    /**
     * Returns a customer's open items (receivables and credit notes), oldest due date first.
     *
     * @param customer the customer position
     * @return item positions; never null; do not modify
     */
    public int[] itemsOf(int customer) {
        return customerItems[customer];
    }

    /**
     * Returns the receivable items whose snapshot open amount equals an amount.
     *
     * @param currency the currency; never null
     * @param minorUnits the amount in minor units
     * @param cap the most items wanted; when more share the amount none are returned
     * @return item positions in position order; never null
     */
    public int[] byExactAmount(Currency currency, long minorUnits, int cap) {
        AmountIndex index = byAmount.get(currency);
        return index == null ? NONE : index.exact(minorUnits, cap);
    }

    /**
     * Returns the receivable items whose snapshot open amount lies in a range.
     *
     * @param currency the currency; never null
     * @param lowMinor the lowest amount, inclusive
     * @param highMinor the highest amount, inclusive
     * @param cap the most items wanted; when more lie in the range none are returned
     * @return item positions by amount; never null
     */
    public int[] byAmountRange(Currency currency, long lowMinor, long highMinor, int cap) {
        AmountIndex index = byAmount.get(currency);
        return index == null ? NONE : index.range(lowMinor, highMinor, cap);
    }
}
