package io.github.receivables.core.interest;

/** The period a rate is quoted for. */
public enum RateUnit {
    /** Percent per year. */
    PER_YEAR(1),
    /** Percent per month; converted to a yearly rate as twelve times the monthly one. */
    PER_MONTH(12);

    private final int perYear;

    RateUnit(int perYear) {
        this.perYear = perYear;
    }

    /**
     * Returns how many of these periods make a year.
     *
     * @return 1 for yearly rates, 12 for monthly ones
     */
    public int perYear() {
        return perYear;
    }
}
