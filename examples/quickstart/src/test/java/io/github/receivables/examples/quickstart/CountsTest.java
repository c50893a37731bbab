package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneTakesTheSingular() {
        assertEquals("1 entry", Counts.of(1, "entry", "entries"));
    }

    @Test
    void zeroAndManyTakeThePlural() {
        assertEquals("0 entries", Counts.of(0, "entry", "entries"));
        assertEquals("7 entries", Counts.of(7, "entry", "entries"));
    }
}
