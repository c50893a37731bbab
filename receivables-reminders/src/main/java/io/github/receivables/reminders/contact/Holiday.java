package io.github.receivables.reminders.contact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A public holiday, national or of one region.
 *
 * @param date the day; never null
 * @param region the ISO 3166-2 code of the region it applies to, such as {@code CL-AP}, or null
 *     for a national holiday
 * @param name the holiday's name; never null
 */
public record Holiday(LocalDate date, String region, String name) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if date or name is null
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (region != null && region.isBlank()) {
            region = null;
        }
    }

    /**
     * Returns the region it applies to.
     *
     * @return the region code, or empty for a national holiday
     */
    public Optional<String> findRegion() {
        return Optional.ofNullable(region);
    }

    /**
     * Tells whether the holiday applies in a region.
     *
     * @param debtorRegion the debtor's region code, or null when unknown
     * @return true for a national holiday, or a regional one of that region
     */
    public boolean appliesIn(String debtorRegion) {
        return region == null || region.equals(debtorRegion);
    }
}
