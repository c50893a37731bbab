package io.github.receivables.core.aging;

import java.util.Objects;

/**
 * One column of an aging report: items whose age in days lies between two bounds, both
 * inclusive.
 *
 * @param label a short label such as {@code 1-30} or {@code over 120}; never null
 * @param minDays the lowest age, or {@code Long.MIN_VALUE} for no lower bound
 * @param maxDays the highest age, or {@code Long.MAX_VALUE} for no upper bound
 */
public record AgingBucket(String label, long minDays, long maxDays) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if label is null
     * @throws IllegalArgumentException if minDays exceeds maxDays
     */
    public AgingBucket {
        Objects.requireNonNull(label, "label");
        if (minDays > maxDays) {
            throw new IllegalArgumentException("aging bucket " + label + " starts at " + minDays
                    + " days, after its end at " + maxDays);
        }
    }

    /**
     * Tells whether an age falls in this bucket.
     *
     * @param days the age in days
     * @return true if between the bounds
     */
    public boolean contains(long days) {
        return days >= minDays && days <= maxDays;
    }
}
