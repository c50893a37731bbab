package io.github.receivables.reconciliation.mt940;

import java.util.Arrays;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * A small insertion-ordered string map that turns into an immutable {@link Map} once, so the
 * records that copy their maps receive one that needs no copy. Lookups are linear, which suits
 * the ten or so subfields of one :86: field. One instance is cleared and reused for the :86:
 * fields of a statement. Not thread-safe.
 */
final class ExtraFields {

    private String[] keys = new String[8];
    private int[] hashes = new int[8];
    private String[] values = new String[8];
    private int size;

    /** Removes every field, keeping the arrays for the next :86: field. */
    ExtraFields clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        return this;
    }

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

    /**
     * Returns the fields as an immutable map. Up to eight fields use the {@code Map.of}
     * overloads, which store keys and values in one array and so skip the entry object per field
     * that {@code Map.ofEntries} needs.
     */
    Map<String, String> toMap() {
        String[] k = keys;
        String[] v = values;
        return switch (size) {
            case 0 -> Map.of();
            case 1 -> Map.of(k[0], v[0]);
            case 2 -> Map.of(k[0], v[0], k[1], v[1]);
            case 3 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2]);
            case 4 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3]);
            case 5 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3], k[4], v[4]);
            case 6 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3], k[4], v[4],
                    k[5], v[5]);
            case 7 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3], k[4], v[4],
                    k[5], v[5], k[6], v[6]);
            case 8 -> Map.of(k[0], v[0], k[1], v[1], k[2], v[2], k[3], v[3], k[4], v[4],
                    k[5], v[5], k[6], v[6], k[7], v[7]);
            default -> toMapOfEntries();
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> toMapOfEntries() {
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
