package io.github.receivables.reconciliation.mt940;

import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * The subfields of one :86: field by name, for a dialect whose names come from a fixed list. A
 * subfield is stored at its index in that list, its slot, so that put and get cost an array
 * access and no string comparison. The map turns into an immutable {@link Map} once, so the
 * records that copy their maps receive one that needs no copy. One instance per dialect is
 * cleared and reused for the :86: fields of a file. Not thread-safe.
 */
final class ExtraFields {

    private final String[] names;
    private final String[] values;
    /** The slots that contain a value, in the order they were first set. */
    private final int[] filled;
    private int size;

    /**
     * Creates an empty map for the names of one dialect.
     *
     * @param names the subfield names, each at its slot. The array is not copied, so the caller
     *     must not change it.
     */
    ExtraFields(String[] names) {
        this.names = names;
        this.values = new String[names.length];
        this.filled = new int[names.length];
    }

    /**
     * Returns the slot of a name in a dialect's list, for the constants a parser keeps.
     *
     * @throws IllegalArgumentException if the list does not contain the name
     */
    static int slot(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no subfield named " + name);
    }

    /** Removes every value, touching only the slots that were set. */
    ExtraFields clear() {
        for (int i = 0; i < size; i++) {
            values[filled[i]] = null;
        }
        size = 0;
        return this;
    }

    /** Sets the value of a slot, replacing the one it had. */
    void put(int slot, String value) {
        if (values[slot] == null) {
            filled[size++] = slot;
        }
        values[slot] = value;
    }

    /** Sets the value of an empty slot, or combines the value it has with the new one. */
    void merge(int slot, String value, BinaryOperator<String> combine) {
        String old = values[slot];
        put(slot, old == null ? value : combine.apply(old, value));
    }

    /** Returns the value of a slot, or null when it has none. */
    String get(int slot) {
        return values[slot];
    }

    /**
     * Strips white space around the values in slots from {@code firstSlot} on, for values that
     * were joined from subfields as written.
     */
    ExtraFields stripValues(int firstSlot) {
        for (int i = 0; i < size; i++) {
            int slot = filled[i];
            if (slot >= firstSlot) {
                values[slot] = values[slot].strip();
            }
        }
        return this;
    }

    /**
     * Returns the values by name as an immutable map. Up to eight values use the {@code Map.of}
     * overloads, which store names and values in one array and so skip the entry object per
     * value that {@code Map.ofEntries} needs.
     */
    Map<String, String> toMap() {
        return switch (size) {
            case 0 -> Map.of();
            case 1 -> Map.of(name(0), value(0));
            case 2 -> Map.of(name(0), value(0), name(1), value(1));
            case 3 -> Map.of(name(0), value(0), name(1), value(1), name(2), value(2));
            case 4 -> Map.of(name(0), value(0), name(1), value(1), name(2), value(2),
                    name(3), value(3));
            case 5 -> Map.of(name(0), value(0), name(1), value(1), name(2), value(2),
                    name(3), value(3), name(4), value(4));
            case 6 -> Map.of(name(0), value(0), name(1), value(1), name(2), value(2),
                    name(3), value(3), name(4), value(4), name(5), value(5));
            case 7 -> Map.of(name(0), value(0), name(1), value(1), name(2), value(2),
                    name(3), value(3), name(4), value(4), name(5), value(5), name(6), value(6));
            case 8 -> Map.of(name(0), value(0), name(1), value(1), name(2), value(2),
                    name(3), value(3), name(4), value(4), name(5), value(5), name(6), value(6),
                    name(7), value(7));
            default -> toMapOfEntries();
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> toMapOfEntries() {
        Map.Entry<String, String>[] entries = new Map.Entry[size];
        for (int i = 0; i < size; i++) {
            entries[i] = Map.entry(name(i), value(i));
        }
        return Map.ofEntries(entries);
    }

    /** Returns the name of the i-th value set. */
    private String name(int i) {
        return names[filled[i]];
    }

    /** Returns the i-th value set. */
    private String value(int i) {
        return values[filled[i]];
    }
}
