package io.github.receivables.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("CLP", "USD", "EUR", "JOD", "KWD", "CLF").map(Currency::getInstance);
    }

    @Property(tries = 1000)
    void splitConservesMoney(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
            @ForAll("currencies") Currency currency,
            @ForAll @IntRange(min = 1, max = 50) int parts) {
        Money amount = Money.ofMinor(minor, currency);

        List<Money> split = amount.split(parts);

        assertEquals(parts, split.size());
        assertEquals(amount, sum(split, currency));
        long max = split.stream().mapToLong(Money::minorUnits).max().orElseThrow();
        long min = split.stream().mapToLong(Money::minorUnits).min().orElseThrow();
        assertTrue(max - min <= 1, "parts differ by more than one minor unit: " + split);
    }

    @Property(tries = 1000)
    void allocateConservesMoney(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
            @ForAll("currencies") Currency currency,
            @ForAll @Size(min = 1, max = 20)
                    List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        long[] array = weights.stream().mapToLong(Long::longValue).toArray();
        if (weights.stream().allMatch(w -> w == 0)) {
            array[0] = 1;
        }
        Money amount = Money.ofMinor(minor, currency);

        List<Money> parts = amount.allocate(array);

        assertEquals(array.length, parts.size());
        assertEquals(amount, sum(parts, currency));
        for (int i = 0; i < array.length; i++) {
            if (array[i] == 0) {
                assertEquals(0, parts.get(i).minorUnits(), "zero weight got " + parts.get(i));
            }
        }
    }

    private static Money sum(List<Money> parts, Currency currency) {
        Money total = Money.zero(currency);
        for (Money part : parts) {
            total = total.plus(part);
        }
        return total;
    }
}
