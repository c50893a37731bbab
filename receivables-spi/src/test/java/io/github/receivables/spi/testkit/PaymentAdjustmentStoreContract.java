package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.ledger.Payment;
import io.github.receivables.core.ledger.PaymentAdjustment;
import io.github.receivables.core.ledger.PaymentAdjustmentId;
import io.github.receivables.core.ledger.PaymentAdjustmentReason;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.PaymentAdjustmentRecord;
import io.github.receivables.spi.store.PaymentAdjustmentStore;
import io.github.receivables.spi.store.Versioned;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link PaymentAdjustmentStore}: every adapter's payment adjustment store must pass
 * it.
 */
public abstract class PaymentAdjustmentStoreContract extends StoreContract {

    private PaymentAdjustmentStore adjustments() {
        return stores.paymentAdjustments();
    }

    private static PaymentAdjustmentId id(String value) {
        return PaymentAdjustmentId.of(value);
    }

    private static List<String> ids(List<PaymentAdjustmentRecord> adjustments) {
        return adjustments.stream().map(adjustment -> adjustment.id().value()).toList();
    }

    private List<String> streamed(String customerId) {
        try (Stream<PaymentAdjustmentRecord> stream =
                adjustments().streamByCustomer(CustomerId.of(customerId))) {
            return stream.map(adjustment -> adjustment.id().value()).toList();
        }
    }

    @BeforeEach
    final void storePayments() {
        stores.payments().insert(data.payment("P1", "C1", null));
        stores.payments().insert(data.payment("P2", "C1", null));
        stores.payments().insert(data.payment("P3", "C2", null));
        stores.payments().insert(data.payment("P4", null, null));
    }

    @Test
    void insertThenFindKeepsEveryField() {
        PaymentAdjustmentRecord returned = new PaymentAdjustmentRecord(new PaymentAdjustment(
                id("A1"), PaymentId.of("P1"), Money.ofMinor(119_000, TestData.CLP),
                TestData.TODAY, PaymentAdjustmentReason.BANK_RETURNED), "line ñ-1");

        adjustments().insert(returned);

        assertEquals(returned, adjustments().find(id("A1")).orElseThrow());
    }

    @Test
    void everyReasonRoundTrips() {
        int n = 0;
        for (PaymentAdjustmentReason reason : PaymentAdjustmentReason.values()) {
            PaymentAdjustment base = data.paymentAdjustment("A" + n++, "P1", "S1").adjustment();
            PaymentAdjustmentRecord record = new PaymentAdjustmentRecord(new PaymentAdjustment(
                    base.id(), base.paymentId(), base.amount(), base.on(), reason), "S1");
            adjustments().insert(record);

            assertEquals(reason,
                    adjustments().find(record.id()).orElseThrow().adjustment().reason());
        }
    }

    @Test
    void insertAlreadyReversedKeepsReversalDay() {
        PaymentAdjustmentRecord reversed = data.paymentAdjustment("A1", "P1", "S1")
                .reverse(TestData.TODAY);

        adjustments().insert(reversed);

        assertEquals(reversed, adjustments().find(id("A1")).orElseThrow());
    }

    @Test
    void insertDuplicateIdFails() {
        adjustments().insert(data.paymentAdjustment("A1", "P1", "S1"));

        assertThrows(DuplicateKeyException.class,
                () -> adjustments().insert(data.paymentAdjustment("A1", "P2", "S2")));
        assertEquals(PaymentId.of("P1"), adjustments().find(id("A1")).orElseThrow().paymentId());
    }

    @Test
    void missingPaymentIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> adjustments().insert(data.paymentAdjustment("A1", "missing", "S1")));
        assertTrue(adjustments().find(id("A1")).isEmpty());
    }

    @Test
    void insertAllWithBadReferenceInsertsNothing() {
        assertThrows(NotFoundException.class, () -> adjustments().insertAll(List.of(
                data.paymentAdjustment("A1", "P1", "S1"),
                data.paymentAdjustment("A2", "missing", "S1"))));

        assertTrue(adjustments().find(id("A1")).isEmpty());
    }

    @Test
    void insertAllWithRepeatedIdInsertsNothing() {
        assertThrows(DuplicateKeyException.class, () -> adjustments().insertAll(List.of(
                data.paymentAdjustment("A1", "P1", "S1"),
                data.paymentAdjustment("A1", "P2", "S1"))));

        assertTrue(adjustments().find(id("A1")).isEmpty());
    }

    @Test
    void insertAllWithExistingIdInsertsNothing() {
        adjustments().insert(data.paymentAdjustment("A1", "P1", "S1"));

        assertThrows(DuplicateKeyException.class, () -> adjustments().insertAll(List.of(
                data.paymentAdjustment("A2", "P1", "S1"),
                data.paymentAdjustment("A1", "P2", "S1"))));

        assertTrue(adjustments().find(id("A2")).isEmpty());
    }

    @Test
    void insertAllReturnsInputOrder() {
        List<PaymentAdjustmentRecord> input = List.of(data.paymentAdjustment("A2", "P1", "S1"),
                data.paymentAdjustment("A1", "P2", "S1"));

        assertEquals(input, adjustments().insertAll(input));
    }

    @Test
    void reverseRecordsDayOnce() {
        adjustments().insert(data.paymentAdjustment("A1", "P1", "S1"));

        PaymentAdjustmentRecord reversed = adjustments().reverse(id("A1"), TestData.TODAY);

        assertEquals(TestData.TODAY, reversed.reversedOn());
        assertEquals(reversed, adjustments().find(id("A1")).orElseThrow());
        assertThrows(ConflictException.class,
                () -> adjustments().reverse(id("A1"), TestData.TODAY.plusDays(1)));
        assertEquals(TestData.TODAY, adjustments().find(id("A1")).orElseThrow().reversedOn());
    }

    @Test
    void reverseBeforeAdjustmentDayIsRejected() {
        adjustments().insert(data.paymentAdjustment("A1", "P1", "S1"));

        assertThrows(IllegalArgumentException.class,
                () -> adjustments().reverse(id("A1"), TestData.TODAY.minusDays(30)));
        assertNull(adjustments().find(id("A1")).orElseThrow().reversedOn());
    }

    @Test
    void reverseMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> adjustments().reverse(id("missing"), TestData.TODAY));
    }

    @Test
    void findByPaymentIncludesReversedInIdOrder() {
        adjustments().insertAll(List.of(data.paymentAdjustment("A3", "P1", "S1"),
                data.paymentAdjustment("A1", "P1", "S2"),
                data.paymentAdjustment("A2", "P2", "S1")));
        adjustments().reverse(id("A3"), TestData.TODAY);

        assertEquals(List.of("A1", "A3"), ids(adjustments().findByPayment(PaymentId.of("P1"))));
        assertTrue(adjustments().findByPayment(PaymentId.of("P3")).isEmpty());
    }

    @Test
    void findBySourceReturnsOnlyThatSource() {
        adjustments().insertAll(List.of(data.paymentAdjustment("A2", "P2", "S1"),
                data.paymentAdjustment("A1", "P1", "S1"),
                data.paymentAdjustment("A3", "P3", "S2")));

        assertEquals(List.of("A1", "A2"), ids(adjustments().findBySource("S1")));
        assertEquals(List.of("A3"), ids(adjustments().findBySource("S2")));
        assertTrue(adjustments().findBySource("s1").isEmpty());
    }

    @Test
    void idsOrderByCodePoint() {
        adjustments().insertAll(List.of(data.paymentAdjustment("b", "P1", "S1"),
                data.paymentAdjustment("B", "P1", "S1"), data.paymentAdjustment("a", "P1", "S1")));

        assertEquals(List.of("B", "a", "b"),
                ids(adjustments().findByPayment(PaymentId.of("P1"))));
    }

    @Test
    void streamByCustomerFollowsPayments() {
        adjustments().insertAll(List.of(data.paymentAdjustment("A3", "P2", "S1"),
                data.paymentAdjustment("A1", "P3", "S1"),
                data.paymentAdjustment("A2", "P1", "S1"),
                data.paymentAdjustment("A4", "P4", "S1")));

        assertEquals(List.of("A2", "A3"), streamed("C1"));
        assertEquals(List.of("A1"), streamed("C2"));
    }

    @Test
    void streamByCustomerFollowsIdentifiedPayment() {
        adjustments().insert(data.paymentAdjustment("A4", "P4", "S1"));
        Versioned<Payment> unidentified = stores.payments().find(PaymentId.of("P4"))
                .orElseThrow();

        stores.payments().update(unidentified.value().withCustomerId(CustomerId.of("C2")),
                unidentified.version());

        assertEquals(List.of("A4"), streamed("C2"));
    }

    @Test
    void insertInRolledBackTransactionLeavesNothing() {
        assertThrows(IllegalStateException.class, () -> stores.inTransaction(tx -> {
            tx.paymentAdjustments().insert(data.paymentAdjustment("A1", "P1", "S1"));
            throw new IllegalStateException("roll back");
        }));

        assertTrue(adjustments().find(id("A1")).isEmpty());
    }

    @Test
    void reverseInRolledBackTransactionIsUndone() {
        adjustments().insert(data.paymentAdjustment("A1", "P1", "S1"));

        assertThrows(IllegalStateException.class, () -> stores.inTransaction(tx -> {
            tx.paymentAdjustments().reverse(id("A1"), TestData.TODAY);
            throw new IllegalStateException("roll back");
        }));

        assertNull(adjustments().find(id("A1")).orElseThrow().reversedOn());
        assertEquals(List.of("A1"), ids(adjustments().findBySource("S1")));
    }
}
