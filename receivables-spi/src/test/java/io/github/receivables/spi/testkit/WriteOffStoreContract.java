package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.WriteOff;
import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.ConflictException;
import io.github.receivables.spi.store.DuplicateKeyException;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.WriteOffId;
import io.github.receivables.spi.store.WriteOffReason;
import io.github.receivables.spi.store.WriteOffRecord;
import io.github.receivables.spi.store.WriteOffStore;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of {@link WriteOffStore}: every adapter's write-off store must pass it. */
public abstract class WriteOffStoreContract extends StoreContract {

    private WriteOffStore writeOffs() {
        return stores.writeOffs();
    }

    private static List<String> ids(List<WriteOffRecord> writeOffs) {
        return writeOffs.stream().map(writeOff -> writeOff.id().value()).toList();
    }

    @BeforeEach
    final void storeDocuments() {
        stores.documents().insertAll(List.of(data.document("D1", "C1"), data.document("D2", "C1"),
                data.document("D3", "C2")));
    }

    @Test
    void insertThenFindKeepsEveryField() {
        WriteOffRecord rounding = new WriteOffRecord(WriteOffId.of("W1"),
                new WriteOff(DocumentId.of("D1"), Money.ofMinor(3, TestData.CLP),
                        TestData.TODAY.minusDays(2)),
                WriteOffReason.ROUNDING, "line ñ-1");

        writeOffs().insert(rounding);

        assertEquals(rounding, writeOffs().find(WriteOffId.of("W1")).orElseThrow());
    }

    @Test
    void everyReasonRoundTrips() {
        int n = 0;
        for (WriteOffReason reason : WriteOffReason.values()) {
            WriteOffRecord record = new WriteOffRecord(WriteOffId.of("W" + n++),
                    data.writeOff("unused", "D1", "S1").writeOff(), reason, "S1");
            writeOffs().insert(record);

            assertEquals(reason, writeOffs().find(record.id()).orElseThrow().reason());
        }
    }

    @Test
    void insertAlreadyReversedKeepsReversalDay() {
        WriteOffRecord reversed = data.writeOff("W1", "D1", "S1").reverse(TestData.TODAY);

        writeOffs().insert(reversed);

        assertEquals(reversed, writeOffs().find(WriteOffId.of("W1")).orElseThrow());
    }

    @Test
    void insertDuplicateIdFails() {
        writeOffs().insert(data.writeOff("W1", "D1", "S1"));

        assertThrows(DuplicateKeyException.class,
                () -> writeOffs().insert(data.writeOff("W1", "D2", "S2")));
        assertEquals(DocumentId.of("D1"),
                writeOffs().find(WriteOffId.of("W1")).orElseThrow().documentId());
    }

    @Test
    void missingDocumentIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> writeOffs().insert(data.writeOff("W1", "missing", "S1")));
        assertTrue(writeOffs().find(WriteOffId.of("W1")).isEmpty());
    }

    @Test
    void insertAllWithBadReferenceInsertsNothing() {
        assertThrows(NotFoundException.class, () -> writeOffs().insertAll(List.of(
                data.writeOff("W1", "D1", "S1"), data.writeOff("W2", "missing", "S1"))));

        assertTrue(writeOffs().find(WriteOffId.of("W1")).isEmpty());
    }

    @Test
    void insertAllWithRepeatedIdInsertsNothing() {
        assertThrows(DuplicateKeyException.class, () -> writeOffs().insertAll(List.of(
                data.writeOff("W1", "D1", "S1"), data.writeOff("W1", "D2", "S1"))));

        assertTrue(writeOffs().find(WriteOffId.of("W1")).isEmpty());
    }

    @Test
    void insertAllReturnsInputOrder() {
        List<WriteOffRecord> input = List.of(data.writeOff("W2", "D1", "S1"),
                data.writeOff("W1", "D2", "S1"));

        assertEquals(input, writeOffs().insertAll(input));
    }

    @Test
    void reverseRecordsDayOnce() {
        writeOffs().insert(data.writeOff("W1", "D1", "S1"));

        WriteOffRecord reversed = writeOffs().reverse(WriteOffId.of("W1"), TestData.TODAY);

        assertEquals(TestData.TODAY, reversed.reversedOn());
        assertEquals(reversed, writeOffs().find(WriteOffId.of("W1")).orElseThrow());
        assertThrows(ConflictException.class,
                () -> writeOffs().reverse(WriteOffId.of("W1"), TestData.TODAY.plusDays(1)));
        assertEquals(TestData.TODAY,
                writeOffs().find(WriteOffId.of("W1")).orElseThrow().reversedOn());
    }

    @Test
    void reverseBeforeWriteOffDayIsRejected() {
        writeOffs().insert(data.writeOff("W1", "D1", "S1"));

        assertThrows(IllegalArgumentException.class,
                () -> writeOffs().reverse(WriteOffId.of("W1"), TestData.TODAY.minusDays(30)));
        assertNull(writeOffs().find(WriteOffId.of("W1")).orElseThrow().reversedOn());
    }

    @Test
    void reverseMissingFailsWithNotFound() {
        assertThrows(NotFoundException.class,
                () -> writeOffs().reverse(WriteOffId.of("missing"), TestData.TODAY));
    }

    @Test
    void findByDocumentIncludesReversedInIdOrder() {
        writeOffs().insertAll(List.of(data.writeOff("W3", "D1", "S1"),
                data.writeOff("W1", "D1", "S2"), data.writeOff("W2", "D2", "S1")));
        writeOffs().reverse(WriteOffId.of("W3"), TestData.TODAY);

        assertEquals(List.of("W1", "W3"), ids(writeOffs().findByDocument(DocumentId.of("D1"))));
        assertTrue(writeOffs().findByDocument(DocumentId.of("D3")).isEmpty());
    }

    @Test
    void findBySourceReturnsOnlyThatSource() {
        writeOffs().insertAll(List.of(data.writeOff("W2", "D2", "S1"),
                data.writeOff("W1", "D1", "S1"), data.writeOff("W3", "D3", "S2")));

        assertEquals(List.of("W1", "W2"), ids(writeOffs().findBySource("S1")));
        assertEquals(List.of("W3"), ids(writeOffs().findBySource("S2")));
        assertTrue(writeOffs().findBySource("s1").isEmpty());
    }

    @Test
    void idsOrderByCodePoint() {
        writeOffs().insertAll(List.of(data.writeOff("b", "D1", "S1"),
                data.writeOff("B", "D1", "S1"), data.writeOff("a", "D1", "S1")));

        assertEquals(List.of("B", "a", "b"), ids(writeOffs().findByDocument(DocumentId.of("D1"))));
    }

    @Test
    void streamByCustomerFollowsDocuments() {
        writeOffs().insertAll(List.of(data.writeOff("W3", "D2", "S1"),
                data.writeOff("W1", "D3", "S1"), data.writeOff("W2", "D1", "S1")));

        List<String> streamed;
        try (Stream<WriteOffRecord> stream = writeOffs().streamByCustomer(CustomerId.of("C1"))) {
            streamed = stream.map(writeOff -> writeOff.id().value()).toList();
        }

        assertEquals(List.of("W2", "W3"), streamed);
    }

    @Test
    void insertInRolledBackTransactionLeavesNothing() {
        assertThrows(IllegalStateException.class, () -> stores.inTransaction(tx -> {
            tx.writeOffs().insert(data.writeOff("W1", "D1", "S1"));
            throw new IllegalStateException("roll back");
        }));

        assertTrue(writeOffs().find(WriteOffId.of("W1")).isEmpty());
    }

    @Test
    void reverseInRolledBackTransactionIsUndone() {
        writeOffs().insert(data.writeOff("W1", "D1", "S1"));

        assertThrows(IllegalStateException.class, () -> stores.inTransaction(tx -> {
            tx.writeOffs().reverse(WriteOffId.of("W1"), TestData.TODAY);
            throw new IllegalStateException("roll back");
        }));

        assertNull(writeOffs().find(WriteOffId.of("W1")).orElseThrow().reversedOn());
        assertEquals(List.of("W1"), ids(writeOffs().findBySource("S1")));
    }
}
