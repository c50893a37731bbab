package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.Allocation;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.AllocationSource;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.AllocationStore;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link AllocationStore}: every adapter's allocation store must pass it. */
public abstract class AllocationStoreContract extends StoreContract {

    private AllocationStore allocations() {
        return stores.allocations();
    }

    private static List<String> ids(List<Allocation> allocations) {
        return allocations.stream().map(allocation -> allocation.id().value()).toList();
    }

    @BeforeEach
    final void storeDocumentsAndPayments() {
        stores.documents().insertAll(List.of(data.document("D1", "C1"), data.document("D2", "C1"),
                data.document("D3", "C2"), data.creditNote("N1", "C1")));
        stores.payments().insertAllIfAbsent(List.of(data.payment("P1", "C1", null),
                data.payment("P2", "C2", null)));
    }

    @Test
    void insertThenFindKeepsEveryField() {
        Allocation crossCurrency = new Allocation(AllocationId.of("A1"),
                AllocationSource.payment(PaymentId.of("P1")), DocumentId.of("D1"),
                Money.ofMinor(95_000, TestData.CLP), Money.ofMinor(10_000, TestData.USD),
                TestData.TODAY, null);

        allocations().insert(crossCurrency);

        assertEquals(crossCurrency, allocations().find(AllocationId.of("A1")).orElseThrow());
    }

    @Test
    void insertAlreadyReversedKeepsReversalDay() {
        Allocation reversed = data.allocation("A1", "P1", "D1").reverse(TestData.TODAY);

        allocations().insert(reversed);

        assertEquals(reversed, allocations().find(AllocationId.of("A1")).orElseThrow());
    }

    @Test
    void insertFromCreditNoteKeepsSource() {
        Allocation fromNote = Allocation.of(AllocationId.of("A1"),
                AllocationSource.creditNote(DocumentId.of("N1")), DocumentId.of("D1"),
                Money.ofMinor(20_000, TestData.CLP), TestData.TODAY);

        allocations().insert(fromNote);

        assertEquals(List.of("A1"), ids(allocations().findBySource(
                AllocationSource.creditNote(DocumentId.of("N1")))));
    }

    @Test
    void insertDuplicateIdFails() {
        allocations().insert(data.allocation("A1", "P1", "D1"));

        assertThrows(DuplicateKeyException.class,
                () -> allocations().insert(data.allocation("A1", "P1", "D2")));
    }

    @Test
    void missingDocumentIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> allocations().insert(data.allocation("A1", "P1", "missing")));
        assertTrue(allocations().find(AllocationId.of("A1")).isEmpty());
    }

    @Test
    void missingPaymentIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> allocations().insert(data.allocation("A1", "missing", "D1")));
    }

    @Test
    void missingCreditNoteIsNotFound() {
        Allocation fromMissingNote = Allocation.of(AllocationId.of("A1"),
                AllocationSource.creditNote(DocumentId.of("missing")), DocumentId.of("D1"),
                Money.ofMinor(1, TestData.CLP), TestData.TODAY);

        assertThrows(NotFoundException.class, () -> allocations().insert(fromMissingNote));
    }

    @Test
    void insertAllWithBadReferenceInsertsNothing() {
        assertThrows(NotFoundException.class, () -> allocations().insertAll(List.of(
                data.allocation("A1", "P1", "D1"), data.allocation("A2", "P1", "missing"))));

        assertTrue(allocations().find(AllocationId.of("A1")).isEmpty());
    }

    @Test
    void insertAllWithRepeatedIdInsertsNothing() {
        assertThrows(DuplicateKeyException.class, () -> allocations().insertAll(List.of(
                data.allocation("A1", "P1", "D1"), data.allocation("A1", "P1", "D2"))));

        assertTrue(allocations().find(AllocationId.of("A1")).isEmpty());
    }

    @Test
    void reverseRecordsDayOnce() {
        allocations().insert(data.allocation("A1", "P1", "D1"));

        Allocation reversed = allocations().reverse(AllocationId.of("A1"), TestData.TODAY);

        assertEquals(TestData.TODAY, reversed.reversedOn());
        assertEquals(reversed, allocations().find(AllocationId.of("A1")).orElseThrow());
        assertThrows(ConflictException.class,
                () -> allocations().reverse(AllocationId.of("A1"), TestData.TODAY.plusDays(1)));
        assertEquals(TestData.TODAY,
                allocations().find(AllocationId.of("A1")).orElseThrow().reversedOn());
    }

    @Test
    void reverseBeforeAppliedDayIsRejected() {
        allocations().insert(data.allocation("A1", "P1", "D1"));

        assertThrows(IllegalArgumentException.class,
                () -> allocations().reverse(AllocationId.of("A1"), TestData.TODAY.minusDays(30)));
        assertEquals(null, allocations().find(AllocationId.of("A1")).orElseThrow().reversedOn());
    }

    @Test
    void reverseMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> allocations().reverse(AllocationId.of("missing"), TestData.TODAY));
    }

    @Test
    void findByDocumentIncludesReversedInIdOrder() {
        allocations().insertAll(List.of(data.allocation("A3", "P1", "D1"),
                data.allocation("A1", "P1", "D1"), data.allocation("A2", "P1", "D2")));
        allocations().reverse(AllocationId.of("A3"), TestData.TODAY);

        assertEquals(List.of("A1", "A3"), ids(allocations().findByDocument(DocumentId.of("D1"))));
        assertTrue(allocations().findByDocument(DocumentId.of("D3")).isEmpty());
    }

    @Test
    void findBySourceReturnsPaymentAllocations() {
        allocations().insertAll(List.of(data.allocation("A2", "P1", "D2"),
                data.allocation("A1", "P1", "D1"), data.allocation("A3", "P2", "D3")));

        assertEquals(List.of("A1", "A2"), ids(allocations().findBySource(
                AllocationSource.payment(PaymentId.of("P1")))));
    }

    @Test
    void streamByCustomerFollowsTargetDocuments() {
        allocations().insertAll(List.of(data.allocation("A3", "P1", "D2"),
                data.allocation("A1", "P2", "D3"), data.allocation("A2", "P1", "D1")));

        List<String> streamed;
        try (Stream<Allocation> stream = allocations().streamByCustomer(CustomerId.of("C1"))) {
            streamed = stream.map(allocation -> allocation.id().value()).toList();
        }

        assertEquals(List.of("A2", "A3"), streamed);
    }

    @Test
    void streamsClosedEarlyReleaseTheirResources() {
        allocations().insertAll(List.of(data.allocation("A1", "P1", "D1"),
                data.allocation("A2", "P1", "D2")));

        for (int i = 0; i < 200; i++) {
            try (Stream<Allocation> stream = allocations().streamByCustomer(CustomerId.of("C1"))) {
                assertEquals("A1", stream.findFirst().orElseThrow().id().value());
            }
        }

        assertEquals(2, allocations().findBySource(
                AllocationSource.payment(PaymentId.of("P1"))).size());
    }
}
