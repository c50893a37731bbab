package io.github.receivables.reconciliation.matching;

import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of matching and of the auto-apply decision. Immutable and thread-safe; build one with
 * {@link #builder()}.
 */
public final class MatchingConfig {

    private final Map<Currency, Tolerance> tolerances;
    private final Map<String, Integer> thresholds;
    private final int defaultThresholdBp;
    private final int minimumScoreBp;
    private final int ambiguityMarginBp;
    private final int shortPaymentLimitBp;
    private final int amountCandidateCap;
    private final int customerCandidateCap;
    private final int dateHorizonDays;
    private final int reversalLookBackDays;
    private final SubsetSearchBudget subsetBudget;
    private final ScoringWeights weights;

    private MatchingConfig(Builder builder) {
        this.tolerances = Map.copyOf(builder.tolerances);
        this.thresholds = Map.copyOf(builder.thresholds);
        this.defaultThresholdBp = builder.defaultThresholdBp;
        this.minimumScoreBp = builder.minimumScoreBp;
        this.ambiguityMarginBp = builder.ambiguityMarginBp;
        this.shortPaymentLimitBp = builder.shortPaymentLimitBp;
        this.amountCandidateCap = builder.amountCandidateCap;
        this.customerCandidateCap = builder.customerCandidateCap;
        this.dateHorizonDays = builder.dateHorizonDays;
        this.reversalLookBackDays = builder.reversalLookBackDays;
        this.subsetBudget = builder.subsetBudget;
        this.weights = builder.weights;
    }

    /**
     * Starts a builder with the defaults listed on each setter.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the defaults: exact amounts in every currency, threshold 9,000 bp.
     *
     * @return the default configuration
     */
    public static MatchingConfig defaults() {
        return builder().build();
    }

    /**
     * Returns the tolerance of a currency.
     *
     * @param currency the currency; never null
     * @return the configured tolerance, or {@link Tolerance#EXACT}
     */
    public Tolerance tolerance(Currency currency) {
        return tolerances.getOrDefault(currency, Tolerance.EXACT);
    }

    /**
     * Returns the confidence from which a proposal for a customer of a segment is applied
     * without review.
     *
     * @param segment the customer's segment, or null for unidentified payers
     * @return the threshold in basis points
     */
    public int thresholdBp(String segment) {
        return segment == null ? defaultThresholdBp
                : thresholds.getOrDefault(segment, defaultThresholdBp);
    }

    /**
     * Tells whether any segment has a threshold of its own.
     *
     * @return true when {@link Builder#thresholdBp(String, int)} was called
     */
    public boolean hasSegmentThresholds() {
        return !thresholds.isEmpty();
    }

    /**
     * Returns the score below which no proposal is made.
     *
     * @return basis points
     */
    public int minimumScoreBp() {
        return minimumScoreBp;
    }

    /**
     * Returns how close the runner-up may come before the result is ambiguous.
     *
     * @return basis points
     */
    public int ambiguityMarginBp() {
        return ambiguityMarginBp;
    }

    /**
     * Returns the largest shortfall, as a share of what is open, that is flagged as a short
     * payment under review rather than treated as a partial payment.
     *
     * @return basis points of the open amount
     */
    public int shortPaymentLimitBp() {
        return shortPaymentLimitBp;
    }

    /**
     * Returns how many items may share an amount before the amount alone yields no candidates.
     *
     * @return the cap
     */
    public int amountCandidateCap() {
        return amountCandidateCap;
    }

    /**
     * Returns how many open items of a recognized payer are scored one by one.
     *
     * @return the cap
     */
    public int customerCandidateCap() {
        return customerCandidateCap;
    }

    /**
     * Returns the distance in days from the due or promised date at which date evidence is zero.
     *
     * @return days
     */
    public int dateHorizonDays() {
        return dateHorizonDays;
    }

    /**
     * Returns how many days before a reversal's date its original may lie when it is found by
     * amount and payer. The other look-ups (end-to-end id, bank reference) have no window.
     *
     * @return days, 1 or more
     */
    public int reversalLookBackDays() {
        return reversalLookBackDays;
    }

    /**
     * Returns the limits of the subset search.
     *
     * @return the budget; never null
     */
    public SubsetSearchBudget subsetBudget() {
        return subsetBudget;
    }

    /**
     * Returns the evidence weights.
     *
     * @return the weights; never null
     */
    public ScoringWeights weights() {
        return weights;
    }

    /**
     * Builds a {@link MatchingConfig}. Each setter checks its argument at once. Not thread-safe.
     */
    public static final class Builder {
        private final Map<Currency, Tolerance> tolerances = new HashMap<>();
        private final Map<String, Integer> thresholds = new HashMap<>();
        private int defaultThresholdBp = 9_000;
        private int minimumScoreBp = 3_000;
        private int ambiguityMarginBp = 1_500;
        private int shortPaymentLimitBp = 500;
        private int amountCandidateCap = 25;
        private int customerCandidateCap = 60;
        private int dateHorizonDays = 60;
        private int reversalLookBackDays = 120;
        private SubsetSearchBudget subsetBudget = SubsetSearchBudget.DEFAULT;
        private ScoringWeights weights = ScoringWeights.DEFAULT;

        private Builder() {}

        /**
         * Sets the tolerance of a currency; default {@link Tolerance#EXACT}.
         *
         * @param currency the currency
         * @param tolerance the tolerance in the currency's minor units
         * @return this builder
         * @throws IllegalStateException if the currency already has a tolerance
         */
        public Builder tolerance(Currency currency, Tolerance tolerance) {
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(tolerance, "tolerance");
            Tolerance previous = tolerances.putIfAbsent(currency, tolerance);
            if (previous != null) {
                throw new IllegalStateException("tolerance for " + currency.getCurrencyCode()
                        + " is already set to " + previous);
            }
            return this;
        }

        /**
         * Sets the auto-apply threshold of customers without a segment-specific one; default
         * 9,000 bp.
         *
         * @param bp 1 to 10,001 (10,001 disables auto-apply)
         * @return this builder
         */
        public Builder defaultThresholdBp(int bp) {
            this.defaultThresholdBp = checkThreshold("defaultThresholdBp", bp);
            return this;
        }

        /**
         * Sets the auto-apply threshold of one customer segment.
         *
         * @param segment the segment name
         * @param bp 1 to 10,001 (10,001 disables auto-apply for the segment)
         * @return this builder
         * @throws IllegalStateException if the segment already has a threshold
         */
        public Builder thresholdBp(String segment, int bp) {
            Objects.requireNonNull(segment, "segment");
            Integer previous = thresholds.putIfAbsent(segment, checkThreshold("thresholdBp", bp));
            if (previous != null) {
                throw new IllegalStateException("threshold for segment '" + segment
                        + "' is already set to " + previous + " bp");
            }
            return this;
        }

        /**
         * Sets the score below which no proposal is made; default 3,000 bp.
         *
         * @param bp 0 to 10,000
         * @return this builder
         */
        public Builder minimumScoreBp(int bp) {
            this.minimumScoreBp = checkRange("minimumScoreBp", bp, 0, 10_000);
            return this;
        }

        /**
         * Sets how close a runner-up may score before the result is ambiguous; default 1,500 bp.
         *
         * @param bp 0 to 10,000
         * @return this builder
         */
        public Builder ambiguityMarginBp(int bp) {
            this.ambiguityMarginBp = checkRange("ambiguityMarginBp", bp, 0, 10_000);
            return this;
        }

        /**
         * Sets the largest shortfall, as a share of the open amount, flagged as a short payment
         * under review; larger gaps are partial payments. Default 500 bp (5%).
         *
         * @param bp 0 to 10,000
         * @return this builder
         */
        public Builder shortPaymentLimitBp(int bp) {
            this.shortPaymentLimitBp = checkRange("shortPaymentLimitBp", bp, 0, 10_000);
            return this;
        }

        /**
         * Sets how many items may share an amount before the amount alone yields no
         * candidates; default 25.
         *
         * @param cap 1 or more
         * @return this builder
         */
        public Builder amountCandidateCap(int cap) {
            this.amountCandidateCap = checkRange("amountCandidateCap", cap, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets how many open items of a recognized payer are scored one by one; default 60.
         *
         * @param cap 1 or more
         * @return this builder
         */
        public Builder customerCandidateCap(int cap) {
            this.customerCandidateCap =
                    checkRange("customerCandidateCap", cap, 1, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets the distance from the due date at which date evidence reaches zero; default 60.
         *
         * @param days 1 or more
         * @return this builder
         */
        public Builder dateHorizonDays(int days) {
            this.dateHorizonDays = checkRange("dateHorizonDays", days, 1, 36_500);
            return this;
        }

        /**
         * Sets how many days before a reversal's date an original found by amount and payer may
         * lie; default 120. The window runs from the reversal's date minus these days to the
         * reversal's date, both included. When several applied lines of the same payer and
         * amount lie in it, the reversal waits for review. A shorter window therefore resolves
         * more reversals of a payer who pays one amount every month, and a longer one finds late
         * returns.
         *
         * @param days 1 to 36,500
         * @return this builder
         * @throws IllegalArgumentException if days is out of range
         */
        public Builder reversalLookBackDays(int days) {
            this.reversalLookBackDays = checkRange("reversalLookBackDays", days, 1, 36_500);
            return this;
        }

        /**
         * Sets the subset search limits; default {@link SubsetSearchBudget#DEFAULT}.
         *
         * @param budget the limits
         * @return this builder
         */
        public Builder subsetBudget(SubsetSearchBudget budget) {
            this.subsetBudget = Objects.requireNonNull(budget, "subsetBudget");
            return this;
        }

        /**
         * Sets the evidence weights; default {@link ScoringWeights#DEFAULT}.
         *
         * @param value the weights
         * @return this builder
         */
        public Builder weights(ScoringWeights value) {
            this.weights = Objects.requireNonNull(value, "weights");
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public MatchingConfig build() {
            return new MatchingConfig(this);
        }

        private static int checkThreshold(String name, int bp) {
            return checkRange(name, bp, 1, 10_001);
        }

        private static int checkRange(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + " to " + max
                        + ", got " + value);
            }
            return value;
        }
    }
}
