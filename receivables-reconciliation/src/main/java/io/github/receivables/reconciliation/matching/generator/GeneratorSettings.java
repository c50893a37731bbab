package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.Tolerance;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * What to generate: sizes, seed, noise and shape mix. All amounts are Chilean pesos (CLP, no
 * minor unit); bank fees are 100 to 1,000 CLP, inside the fee tolerance of
 * {@link #matchingConfig()}.
 *
 * @param seed the random seed; the same settings always give the same data set
 * @param customers how many customers, at least 1
 * @param invoices how many open invoices, at least 1
 * @param lines how many draws of the first statement (a many-to-one draw makes two lines), at
 *     least 1; when the invoices run out, further draws become unknown-payer lines
 * @param statementDate the booking date of the first statement; the later statement is a week
 *     after; never null
 * @param noise the noise levels; never null
 * @param mix the shape mix; never null
 */
public record GeneratorSettings(
        long seed,
        int customers,
        int invoices,
        int lines,
        LocalDate statementDate,
        NoiseLevels noise,
        ShapeMix mix) {

    /** The largest bank fee generated, and the CLP fee tolerance of {@link #matchingConfig()}. */
    public static final long MAX_FEE_CLP = 1_000;

    /** Chilean pesos. */
    public static final Currency CLP = Currency.getInstance("CLP");

    /**
     * The standard data set of the accuracy test: seed 20250630, 4,000 customers, 24,000
     * invoices, 6,000 draws, statement date 2025-06-30, standard noise and mix.
     */
    public static final GeneratorSettings STANDARD = new GeneratorSettings(20_250_630L, 4_000,
            24_000, 6_000, LocalDate.of(2025, 6, 30), NoiseLevels.STANDARD, ShapeMix.STANDARD);

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a size is below 1
     */
    public GeneratorSettings {
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(noise, "noise");
        Objects.requireNonNull(mix, "mix");
        if (customers < 1 || invoices < 1 || lines < 1) {
            throw new IllegalArgumentException("customers, invoices and lines must be at least 1,"
                    + " got " + customers + ", " + invoices + ", " + lines);
        }
    }

    /**
     * Returns a copy with other sizes.
     *
     * @param newCustomers customers
     * @param newInvoices invoices
     * @param newLines line draws
     * @return the updated settings
     */
    public GeneratorSettings withSizes(int newCustomers, int newInvoices, int newLines) {
        return new GeneratorSettings(seed, newCustomers, newInvoices, newLines, statementDate,
                noise, mix);
    }

    /**
     * Returns a copy with another seed.
     *
     * @param newSeed the seed
     * @return the updated settings
     */
    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(newSeed, customers, invoices, lines, statementDate, noise,
                mix);
    }

    /**
     * Returns the matching configuration the data set is meant for: CLP fee tolerance of
     * {@value #MAX_FEE_CLP} pesos, rounding 10 pesos, everything else default.
     *
     * @return the configuration
     */
    public static MatchingConfig matchingConfig() {
        return MatchingConfig.builder()
                .tolerance(CLP, new Tolerance(MAX_FEE_CLP, 10, 0))
                .build();
    }
}
