package io.github.receivables.spi.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.money.Money;
import io.github.receivables.spi.testkit.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankLineKeysTest {

    private static final Money AMOUNT = Money.ofMinor(150_000, TestData.CLP);
    private final TestData data = new TestData();

    @Test
    void onlyAmountIsRequired() {
        BankLineKeys keys = new BankLineKeys(null, null, AMOUNT, null, null, null);

        assertEquals(AMOUNT, keys.amount());
        assertThrows(NullPointerException.class,
                () -> new BankLineKeys("E2E", null, null, null, null, null));
    }

    @Test
    void blankKeyIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BankLineKeys(" ", null, AMOUNT, null, null, null));

        assertTrue(e.getMessage().contains("endToEndId"), e.getMessage());
    }

    @Test
    void overlongKeyIsRejected() {
        String tooLong = "X".repeat(BankLineKeys.MAX_KEY_LENGTH + 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BankLineKeys(null, tooLong, AMOUNT, null, null, null));

        assertTrue(e.getMessage().contains("bankReference"), e.getMessage());
        assertEquals(BankLineKeys.MAX_KEY_LENGTH, new BankLineKeys(null,
                tooLong.substring(1), AMOUNT, null, null, null).bankReference().length());
    }

    @Test
    void toStringMasksPayer() {
        String text = new BankLineKeys("E2E-1", "BANK-1", AMOUNT, LocalDate.of(2025, 6, 30),
                "cl:0012345678", "COMERCIAL ANDES").toString();

        assertTrue(text.contains("E2E-1"), text);
        assertFalse(text.contains("0012345678"), text);
        assertFalse(text.contains("ANDES"), text);
    }

    @Test
    void decisionKeepsKeysThroughChanges() {
        BankLineKeys keys = new BankLineKeys("E2E-1", null, AMOUNT, null, null, null);

        MatchDecision decision = data.proposal("M1", TestData.NOW, "P1").withLineKeys(keys)
                .decide(MatchStatus.CONFIRMED, TestData.NOW, "ana")
                .withAllocations(List.of());

        assertEquals(keys, decision.findLineKeys().orElseThrow());
        assertTrue(decision.withLineKeys(null).findLineKeys().isEmpty());
    }
}
