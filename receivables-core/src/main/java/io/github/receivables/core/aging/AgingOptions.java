package io.github.receivables.core.aging;

import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The settings of an aging report.
 *
 * @param buckets the columns; never null
 * @param basis the date ages count from; never null
 */
public record AgingOptions(@NotNull AgingBuckets buckets, @NotNull AgingBasis basis) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public AgingOptions {
        Objects.requireNonNull(buckets, "buckets");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * Returns the standard buckets by due date.
     *
     * @return the default options; never null
     */
    public static AgingOptions standard() {
        return new AgingOptions(AgingBuckets.standard(), AgingBasis.DUE_DATE);
    }
}
