package io.github.receivables.reconciliation.matching.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.matching.ItemKey;
import io.github.receivables.reconciliation.matching.MatchableItem;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSetGeneratorTest {

    private static final GeneratorSettings SMALL =
            GeneratorSettings.STANDARD.withSizes(300, 2_000, 800);

    @Test
    void sameSeedGivesSameDataSet() {
        GeneratedDataSet first = DataSetGenerator.generate(SMALL);
        GeneratedDataSet second = DataSetGenerator.generate(SMALL);
        assertEquals(first.statement(), second.statement());
        assertEquals(first.expected(), second.expected());
        assertEquals(first.items(), second.items());
    }

    @Test
    void otherSeedGivesOtherDataSet() {
        assertNotEquals(DataSetGenerator.generate(SMALL).statement(),
                DataSetGenerator.generate(SMALL.withSeed(7)).statement());
    }

    @Test
    void everyShapeAppears() {
        Set<GeneratedShape> shapes = EnumSet.noneOf(GeneratedShape.class);
        DataSetGenerator.generate(SMALL).expected().values().forEach(e -> shapes.add(e.shape()));
        assertEquals(EnumSet.allOf(GeneratedShape.class), shapes);
    }

    @Test
    void answersNeverExceedOpenAmounts() {
        GeneratedDataSet data = DataSetGenerator.generate(SMALL);
        Map<ItemKey, Long> open = new HashMap<>();
        for (MatchableItem item : data.items()) {
            open.put(item.key(), item.item().open().minorUnits());
        }
        Map<ItemKey, Long> settled = new HashMap<>();
        for (ExpectedOutcome expected : data.expected().values()) {
            expected.payments().forEach((item, amount) -> settled.merge(item, amount, Long::sum));
            expected.creditNotes().forEach((item, amount) -> settled.merge(item, amount,
                    Long::sum));
        }
        settled.forEach((item, amount) -> assertTrue(amount <= open.get(item),
                item + " settles " + amount + " of " + open.get(item)));
    }

    @Test
    void invoicesRunningOutBecomeUnknownPayers() {
        GeneratedDataSet data = DataSetGenerator.generate(
                GeneratorSettings.STANDARD.withSizes(10, 20, 200));
        long unknown = data.expected().values().stream()
                .filter(e -> e.shape() == GeneratedShape.UNKNOWN_PAYER).count();
        assertTrue(unknown > 100, "unknown payer lines: " + unknown);
    }
}
