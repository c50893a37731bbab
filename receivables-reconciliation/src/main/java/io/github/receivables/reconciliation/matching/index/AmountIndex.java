package io.github.receivables.reconciliation.matching.index;

import java.util.Arrays;

/**
 * Open amounts of one currency: a hash from an exact amount in minor units to its run of items,
 * and the same items sorted by amount for tolerance ranges. Immutable and thread-safe once built.
 */
final class AmountIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long[] amounts;
    private final int[] items;
    private final long[] hashKeys;
    private final int[] hashStarts;
    private final int mask;

    AmountIndex(long[] unsortedAmounts, int[] unsortedItems) {
        int size = unsortedAmounts.length;
        int[] order = sortedOrder(unsortedAmounts, unsortedItems);
        this.amounts = new long[size];
        this.items = new int[size];
        for (int i = 0; i < size; i++) {
            amounts[i] = unsortedAmounts[order[i]];
            items[i] = unsortedItems[order[i]];
        }
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.mask = capacity - 1;
        this.hashKeys = new long[capacity];
        this.hashStarts = new int[capacity];
        Arrays.fill(hashKeys, EMPTY);
        for (int i = size - 1; i >= 0; i--) {
            put(amounts[i], i);
        }
    }

    /** Sorts positions by amount, then by item, with a bottom-up merge sort on primitives. */
    private static int[] sortedOrder(long[] keys, int[] ties) {
        int size = keys.length;
        int[] order = new int[size];
        int[] buffer = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int width = 1; width < size; width *= 2) {
            for (int low = 0; low < size; low += 2 * width) {
                int middle = Math.min(low + width, size);
                int high = Math.min(low + 2 * width, size);
                merge(keys, ties, order, buffer, low, middle, high);
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    private static void merge(long[] keys, int[] ties, int[] from, int[] to, int low, int middle,
            int high) {
        int left = low;
        int right = middle;
        for (int k = low; k < high; k++) {
            boolean takeLeft = right >= high || left < middle
                    && compare(keys, ties, from[left], from[right]) <= 0;
            to[k] = takeLeft ? from[left++] : from[right++];
        }
    }

    private static int compare(long[] keys, int[] ties, int a, int b) {
        int byKey = Long.compare(keys[a], keys[b]);
        return byKey != 0 ? byKey : Integer.compare(ties[a], ties[b]);
    }

    private void put(long key, int start) {
        int slot = slot(key);
        while (hashKeys[slot] != EMPTY && hashKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        hashKeys[slot] = key;
        hashStarts[slot] = start;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Returns the items with exactly this amount, none when more than {@code cap} share it. */
    int[] exact(long amount, int cap) {
        int slot = slot(amount);
        while (hashKeys[slot] != EMPTY) {
            if (hashKeys[slot] == amount) {
                int start = hashStarts[slot];
                int end = start;
                while (end < amounts.length && amounts[end] == amount && end - start <= cap) {
                    end++;
                }
                return end - start > cap ? new int[0] : Arrays.copyOfRange(items, start, end);
            }
            slot = (slot + 1) & mask;
        }
        return new int[0];
    }

    /** Returns the items with amounts from low to high inclusive, none when more than cap. */
    int[] range(long low, long high, int cap) {
        int start = lowerBound(low);
        int end = start;
        while (end < amounts.length && amounts[end] <= high && end - start <= cap) {
            end++;
        }
        return end - start > cap ? new int[0] : Arrays.copyOfRange(items, start, end);
    }

    private int lowerBound(long value) {
        int low = 0;
        int high = amounts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (amounts[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
