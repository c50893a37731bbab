package io.github.receivables.reconciliation.matching.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;

/**
 * Invariants of reference keys. A key already in normal form is returned as it is, so these
 * properties check that this shortcut agrees with the general path.
 */
class ReferenceKeysProperties {

    @Property(tries = 1000)
    void normalizeIsIdempotent(@ForAll @Chars({' ', '-', '/', '.', 'a', 'z', 'A', 'Z', '0', '9'})
            @CharRange(from = '0', to = '9') String reference) {
        String key = ReferenceKeys.normalize(reference);
        assertEquals(key, ReferenceKeys.normalize(key));
    }

    @Property(tries = 1000)
    void normalizeKeepsOnlyUpperLettersAndDigits(@ForAll String reference) {
        String key = ReferenceKeys.normalize(reference);
        assertTrue(key.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'),
                key);
    }

    @Property(tries = 1000)
    void accountOfKeyIsSameKey(@ForAll @CharRange(from = '0', to = '9')
            @CharRange(from = 'A', to = 'Z') String account) {
        assertEquals(account, ReferenceKeys.account(account));
    }

    @Property(tries = 1000)
    void accountKeepsLeadingZeros(@ForAll @CharRange(from = '0', to = '9') String digits) {
        assertEquals("00" + digits, ReferenceKeys.account("0-0 " + digits));
    }
}
