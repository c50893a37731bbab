package io.github.receivables.reconciliation.matching.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void rfPublishedExampleIsValid() {
        assertTrue(Checksums.isValidRf("RF18539007547034"));
        assertFalse(Checksums.isValidRf("RF18539007547035"));
    }

    @Test
    void qrPublishedExampleIsValid() {
        assertTrue(Checksums.isValidMod10Recursive("210000000003139471430009017"));
        assertFalse(Checksums.isValidMod10Recursive("210000000003139471430009018"));
    }

    @Test
    void rfBuiltFromBodyMatchesPublishedExample() {
        assertEquals("RF18539007547034", Checksums.rfReference("539007547034"));
    }

    @Property(tries = 1000)
    void builtRfAlwaysValidates(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long body) {
        assertTrue(Checksums.isValidRf(Checksums.rfReference(String.valueOf(body))));
    }

    @Property(tries = 1000)
    void mod10CheckDigitAlwaysValidates(@ForAll @LongRange(min = 0) long body) {
        String digits = String.valueOf(body);
        assertTrue(Checksums.isValidMod10Recursive(digits
                + Checksums.mod10RecursiveCheckDigit(digits)));
    }
}
