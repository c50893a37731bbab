package io.github.receivables.reconciliation.matching.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the standard generated data set (seed 20250630, 4,000 customers, 24,000 invoices,
 * 6,000 draws, {@link NoiseLevels#STANDARD}, {@link ShapeMix#STANDARD}): the engine must
 * auto-apply with at least 99.9% precision and automate at least 90% of lines. Both figures are
 * printed beside the baseline's.
 */
class StandardDataSetAccuracyTest {

    private static AccuracyReport engine;
    private static AccuracyReport baseline;

    @BeforeAll
    static void run() {
        GeneratedDataSet data = DataSetGenerator.generate(GeneratorSettings.STANDARD);
        engine = AccuracyEvaluator.evaluateEngine(data, GeneratorSettings.matchingConfig());
        baseline = AccuracyEvaluator.evaluateBaseline(data);
        System.out.println(engine.format());
        System.out.println(baseline.format());
    }

    @Test
    void engineAutoApplyPrecisionAtLeast999PerMille() {
        AccuracyReport.Counts total = engine.total();
        assertTrue(total.automatedCorrect() * 1000L >= total.automated() * 999L,
                "precision " + total.precision() + " below 99.9%: " + total);
    }

    @Test
    void engineAutomatesAtLeast90Percent() {
        AccuracyReport.Counts total = engine.total();
        assertTrue(total.automated() * 10L >= total.lines() * 9L,
                "automated share " + total.automationShare() + " below 90%: " + total);
    }

    @Test
    void engineAutomatesMoreThanBaseline() {
        assertTrue(engine.total().automated() > baseline.total().automated(),
                "engine " + engine.total() + " vs baseline " + baseline.total());
    }
}
