package io.github.receivables.core.aging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of an aging report, set by ascending upper bounds in days. The bounds
 * {@code 0, 30, 60, 90, 120} give the standard columns: not due (0 or fewer days past due),
 * 1-30, 31-60, 61-90, 91-120 and over 120. Every set of bounds includes 0, so what is not yet due
 * is always apart from what is overdue.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgingBuckets {

    private static final AgingBuckets STANDARD = of(0, 30, 60, 90, 120);

    private final int[] upperBounds;
    private final List<AgingBucket> buckets;

    private AgingBuckets(int[] upperBounds) {
        this.upperBounds = upperBounds;
        List<AgingBucket> list = new ArrayList<>(upperBounds.length + 1);
        long lower = Long.MIN_VALUE;
        for (int bound : upperBounds) {
            list.add(new AgingBucket(label(lower, bound), lower, bound));
            lower = bound + 1L;
        }
        list.add(new AgingBucket("over " + upperBounds[upperBounds.length - 1], lower,
                Long.MAX_VALUE));
        this.buckets = List.copyOf(list);
    }

    private static String label(long lower, int upper) {
        if (lower == Long.MIN_VALUE) {
            return upper == 0 ? "not due" : "up to " + upper;
        }
        return lower == upper ? Integer.toString(upper) : lower + "-" + upper;
    }

    /**
     * Returns the standard columns: not due, 1-30, 31-60, 61-90, 91-120, over 120.
     *
     * @return the standard buckets; never null
     */
    public static AgingBuckets standard() {
        return STANDARD;
    }

    /**
     * Creates columns from inclusive upper bounds. The bounds {@code 0, 15, 45} give: 0 or fewer,
     * 1-15, 16-45 and over 45 days.
     *
     * @param upperBounds strictly ascending bounds in days, at least one, including 0
     * @return the buckets; never null
     * @throws IllegalArgumentException if the bounds are empty, not strictly ascending, or do not
     *     include 0
     */
    public static AgingBuckets of(int... upperBounds) {
        if (upperBounds.length == 0) {
            throw new IllegalArgumentException("aging needs at least one bucket bound, such as 0");
        }
        int[] bounds = upperBounds.clone();
        boolean hasZero = false;
        for (int i = 0; i < bounds.length; i++) {
            if (i > 0 && bounds[i] <= bounds[i - 1]) {
                throw new IllegalArgumentException("aging bucket bounds must be strictly"
                        + " ascending, got " + Arrays.toString(bounds));
            }
            hasZero |= bounds[i] == 0;
        }
        if (!hasZero) {
            throw new IllegalArgumentException("aging bucket bounds must include 0 to keep items"
                    + " not yet due apart, got " + Arrays.toString(bounds));
        }
        return new AgingBuckets(bounds);
    }

    /**
     * Returns the buckets in ascending age.
     *
     * @return the buckets; never null
     */
    public List<AgingBucket> buckets() {
        return buckets;
    }

    /**
     * Returns the number of buckets.
     *
     * @return one more than the number of bounds
     */
    public int size() {
        return buckets.size();
    }

    /**
     * Returns the bucket an age falls in.
     *
     * @param days the age in days
     * @return the bucket index, from 0
     */
    public int indexOf(long days) {
        int[] bounds = upperBounds;
        for (int i = 0; i < bounds.length; i++) {
            if (days <= bounds[i]) {
                return i;
            }
        }
        return bounds.length;
    }

    /**
     * Returns how many leading buckets hold ages of zero or fewer days: by due date, the items
     * not yet due.
     *
     * @return the count of buckets whose upper bound is at most 0
     */
    public int notDueCount() {
        int count = 0;
        while (upperBounds[count] <= 0) {
            count++;
            if (count == upperBounds.length) {
                break;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgingBuckets that && Arrays.equals(upperBounds, that.upperBounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(upperBounds);
    }

    @Override
    public String toString() {
        return buckets.stream().map(AgingBucket::label).toList().toString();
    }
}
