package io.github.receivables.reconciliation.matching.generator;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Relative frequencies of the generated shapes, in basis points of all lines of the first
 * statement; {@link GeneratedShape#REVERSAL} is the share of those lines reversed in the later
 * statement. A {@link GeneratedShape#MANY_TO_ONE} draw yields two lines.
 *
 * @param weights the weight of each shape; shapes left out weigh zero
 */
public record ShapeMix(Map<GeneratedShape, Integer> weights) {

    /**
     * The standard mix of draws: 57% one-to-one, 8% with a fee, 8% one-to-many, 5%
     * many-to-one, 5% partial, 3% short, 4% over, 5% credit note netting, 2% payouts and 3%
     * unknown payers; and 2% of the one-to-one lines reversed in the later statement.
     */
    public static final ShapeMix STANDARD = new ShapeMix(Map.ofEntries(
            Map.entry(GeneratedShape.ONE_TO_ONE, 5_700),
            Map.entry(GeneratedShape.ONE_TO_ONE_FEE, 800),
            Map.entry(GeneratedShape.ONE_TO_MANY, 800),
            Map.entry(GeneratedShape.MANY_TO_ONE, 500),
            Map.entry(GeneratedShape.PARTIAL, 500),
            Map.entry(GeneratedShape.SHORT_PAYMENT, 300),
            Map.entry(GeneratedShape.OVERPAYMENT, 400),
            Map.entry(GeneratedShape.CREDIT_NOTE_NETTING, 500),
            Map.entry(GeneratedShape.PAYOUT, 200),
            Map.entry(GeneratedShape.UNKNOWN_PAYER, 300),
            Map.entry(GeneratedShape.REVERSAL, 200)));

    /**
     * Validates and copies the weights.
     *
     * @throws IllegalArgumentException if a weight is negative or no first-statement shape has
     *     weight
     */
    public ShapeMix {
        weights = new EnumMap<>(weights);
        int total = 0;
        for (Map.Entry<GeneratedShape, Integer> entry : weights.entrySet()) {
            if (entry.getValue() < 0) {
                throw new IllegalArgumentException("weight of " + entry.getKey()
                        + " is negative: " + entry.getValue());
            }
            total += entry.getKey() == GeneratedShape.REVERSAL ? 0 : entry.getValue();
        }
        if (total == 0) {
            throw new IllegalArgumentException("at least one shape other than REVERSAL needs"
                    + " a positive weight");
        }
        weights = Map.copyOf(weights);
    }

    /**
     * Returns the weight of a shape.
     *
     * @param shape the shape
     * @return its weight, zero when absent
     */
    public int weight(GeneratedShape shape) {
        return weights.getOrDefault(shape, 0);
    }

    GeneratedShape draw(SplittableRandom random) {
        int total = 0;
        for (GeneratedShape shape : GeneratedShape.values()) {
            total += shape == GeneratedShape.REVERSAL ? 0 : weight(shape);
        }
        int pick = random.nextInt(total);
        for (GeneratedShape shape : GeneratedShape.values()) {
            if (shape == GeneratedShape.REVERSAL) {
                continue;
            }
            pick -= weight(shape);
            if (pick < 0) {
                return shape;
            }
        }
        throw new IllegalStateException("shape weights changed while drawing");
    }
}
