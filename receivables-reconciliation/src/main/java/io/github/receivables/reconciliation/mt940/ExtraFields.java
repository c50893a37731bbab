package io.github.receivables.reconciliation.mt940;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * A small insertion-ordered string map that turns into an immutable {@link Map} once, so the
 * records that copy their maps receive one that needs no copy. Lookups are linear, which suits
 * the ten or so subfields of one :86: field. Not thread-safe.
 */
final class ExtraFields {

    private String[] keys = new String[8];
    private int[] hashes = new int[8];
    private String[] values = new String[8];
    private int size;

    void put(String key, String value) {
        int index = indexOf(key);
        if (index >= 0) {
            values[index] = value;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        hashes[size] = key.hashCode();
        values[size] = value;
        size++;
    }

    void merge(String key, String value, BinaryOperator<String> combine) {
        int index = indexOf(key);
        if (index >= 0) {
            values[index] = combine.apply(values[index], value);
        } else {
            put(key, value);
        }
    }

    String get(String key) {
        int index = indexOf(key);
        return index >= 0 ? values[index] : null;
    }

    String getOrDefault(String key, String fallback) {
        String value = get(key);
        return value != null ? value : fallback;
    }

    /** Strips white space around every value, for values joined from several subfields. */
    ExtraFields stripValues() {
        for (int i = 0; i < size; i++) {
            values[i] = values[i].strip();
        }
        return this;
    }

    boolean isEmpty() {
        return size == 0;
    }

    @SuppressWarnings("unchecked")
    Map<String, String> toMap() {
        if (size == 0) {
            return Map.of();
        }
        Map.Entry<String, String>[] entries = new Map.Entry[size];
        for (int i = 0; i < size; i++) {
            entries[i] = Map.entry(keys[i], values[i]);
        }
        return Map.ofEntries(entries);
    }

    /** Compares cached hash codes first, so most mismatches cost one int comparison. */
    private int indexOf(String key) {
        int hash = key.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
