package io.github.receivables.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.core.document.Document;
import io.github.receivables.core.document.DocumentId;
import io.github.receivables.core.ledger.AllocationId;
import io.github.receivables.core.ledger.PaymentId;
import io.github.receivables.core.party.ContactChannel;
import io.github.receivables.core.party.CustomerId;
import io.github.receivables.spi.store.MatchDecision;
import io.github.receivables.spi.store.MatchDecisionId;
import io.github.receivables.spi.store.OutboxEntry;
import io.github.receivables.spi.store.OutboxRecord;
import io.github.receivables.spi.store.Page;
import io.github.receivables.spi.store.PageRequest;
import io.github.receivables.spi.store.PayerRule;
import io.github.receivables.spi.store.Stores;
import io.github.receivables.spi.store.TransactionAbortedException;
import io.github.receivables.spi.store.Versioned;
import io.github.receivables.spi.testkit.TestData;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Behaviour of {@link JdbcStores} beyond the conformance kit, run on each database by a
 * subclass: code point order with characters beyond ASCII, claims that skip locked records,
 * column limits, JSON and decimal round trips, transaction confinement and the release of
 * streamed connections.
 */
abstract class JdbcStoresCases {

    /** Ids whose code point order differs from UTF-16 order and from case-insensitive order. */
    static final List<String> TRICKY_IDS = List.of("a", "B", "z", "é", "\uFFFD", "\uD83D\uDE00",
            "\uD83D\uDE00a", "\uFFFDz", "Ca", "CB", "1", "a\uD83D\uDE00", "\u00E9a");

    private final TestData data = new TestData();
    private JdbcStores stores;

    /** Returns the database of the subclass. */
    abstract TestDatabase database();

    @BeforeEach
    void createStores() {
        stores = database().stores();
    }

    @AfterEach
    void clearTables() {
        database().clear();
    }

    private static List<String> sortedByCodePoints(List<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(value -> value.codePoints().toArray(),
                Arrays::compare));
        return sorted;
    }

    @Test
    void customerPagesFollowCodePointOrder() {
        stores.customers().insertAll(TRICKY_IDS.stream().map(data::customer).toList());

        List<String> listed = Page.collectAll(PageRequest.first(3), stores.customers()::list)
                .stream().map(row -> row.value().id().value()).toList();

        assertEquals(sortedByCodePoints(TRICKY_IDS), listed);
    }

    @Test
    void payerRulePagesFollowCodePointOrder() {
        for (String key : TRICKY_IDS) {
            stores.matchDecisions().putPayerRule(new PayerRule("name:" + key,
                    CustomerId.of("C1"), 1, 0, null), 0);
        }

        List<String> listed = Page.collectAll(PageRequest.first(4),
                stores.matchDecisions()::listPayerRules)
                .stream().map(row -> row.value().payerKey().substring(5)).toList();

        assertEquals(sortedByCodePoints(TRICKY_IDS), listed);
    }

    @Test
    void outboxClaimsFollowCodePointOrder() {
        for (String key : TRICKY_IDS) {
            stores.reminderOutbox().insertIfAbsent(data.outboxEntry("K" + key, "C1"));
        }

        List<String> claimed = stores.reminderOutbox().claimDue("node-a", TestData.NOW,
                Duration.ofMinutes(1), 100).stream()
                .map(record -> record.key().substring(1)).toList();

        assertEquals(sortedByCodePoints(TRICKY_IDS), claimed);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void claimDueSkipsRecordsLockedElsewhere() throws Exception {
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(data.outboxEntry(String.format(Locale.ROOT, "K%02d", i), "C1"));
        }
        stores.reminderOutbox().insertAllIfAbsent(entries);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> held = holder.submit(() -> stores.inTransaction(tx -> {
                int count = tx.reminderOutbox().claimDue("node-a", TestData.NOW,
                        Duration.ofMinutes(5), 35).size();
                locked.countDown();
                awaitQuietly(release);
                return count;
            }));
            assertTrue(locked.await(30, TimeUnit.SECONDS), "the holder did not lock its rows");

            List<String> claimed = stores.reminderOutbox().claimDue("node-b", TestData.NOW,
                    Duration.ofMinutes(5), 3).stream().map(OutboxRecord::key).toList();

            release.countDown();
            assertEquals(35, held.get(30, TimeUnit.SECONDS));
            assertEquals(List.of("K35", "K36", "K37"), claimed);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void recordDueAtNanosecondIsClaimableThen() {
        Instant due = Instant.parse("2026-12-04T10:15:30.123456789Z");
        OutboxEntry entry = new OutboxEntry("K-nanos", CustomerId.of("C1"), ContactChannel.EMAIL,
                List.of(), due, due, "{}");
        stores.reminderOutbox().insertIfAbsent(entry);

        Optional<?> claim = stores.reminderOutbox().claim("K-nanos", "node-a", due,
                Duration.ofMinutes(1));

        assertTrue(claim.isPresent(), "a record due at the claim instant must be claimable");
    }

    @Test
    void maximumPayloadSurvivesRoundTrip() {
        String payload = "x".repeat(OutboxEntry.MAX_PAYLOAD_LENGTH - 1) + "ñ";
        OutboxEntry entry = new OutboxEntry("K1", CustomerId.of("C1"), ContactChannel.EMAIL,
                List.of(), TestData.NOW, TestData.NOW, payload);

        stores.reminderOutbox().insertIfAbsent(entry);

        assertEquals(payload, stores.reminderOutbox().find("K1").orElseThrow().entry().payload());
    }

    @Test
    void confidenceKeepsItsScale() {
        for (String confidence : List.of("0.9", "0.90", "1", "0.0001", "0.812500")) {
            MatchDecision proposal = data.proposal("M" + confidence, TestData.NOW, "P1");
            MatchDecision decision = new MatchDecision(proposal.id(), proposal.lines(),
                    new BigDecimal(confidence), proposal.explanation(), proposal.status(),
                    proposal.createdAt(), null, null, List.of(AllocationId.of("A1")));

            stores.matchDecisions().insert(decision);

            assertEquals(decision, stores.matchDecisions().find(decision.id()).orElseThrow()
                    .value(), "confidence " + confidence);
        }
    }

    @Test
    void numberLongerThanColumnIsArgumentError() {
        Document tooLong = data.documentNumbered("D1", "C1", "9".repeat(41));

        assertThrows(IllegalArgumentException.class, () -> stores.documents().insert(tooLong));
        assertTrue(stores.documents().find(DocumentId.of("D1")).isEmpty());
    }

    @Test
    void outerStoresInsideWorkAreRejected() {
        assertThrows(IllegalStateException.class, () -> stores.runInTransaction(
                tx -> stores.customers().find(CustomerId.of("C1"))));
        assertThrows(IllegalStateException.class, () -> stores.runInTransaction(
                tx -> stores.inTransaction(inner -> null)));
    }

    @Test
    void transactionStoresExpireWithWork() {
        AtomicReference<Stores> leaked = new AtomicReference<>();
        stores.runInTransaction(leaked::set);

        assertThrows(IllegalStateException.class,
                () -> leaked.get().customers().find(CustomerId.of("C1")));
    }

    @Test
    void transactionStoresStayOnTheirThread() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Throwable thrown = stores.inTransaction(tx -> {
                Future<?> use = other.submit(() -> tx.customers().find(CustomerId.of("C1")));
                try {
                    use.get(10, TimeUnit.SECONDS);
                    return null;
                } catch (ExecutionException e) {
                    return e.getCause();
                } catch (InterruptedException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertInstanceOf(IllegalStateException.class, thrown);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void badPageTokenLeavesTransactionUsable() {
        stores.runInTransaction(tx -> {
            assertThrows(IllegalArgumentException.class,
                    () -> tx.customers().list(PageRequest.after("not-a-token", 5)));
            tx.customers().insert(data.customer("C1"));
        });

        assertTrue(stores.customers().find(CustomerId.of("C1")).isPresent());
    }

    @Test
    void tokenOfAnotherListingIsRejected() {
        stores.customers().insertAll(List.of(data.customer("C1"), data.customer("C2")));
        String customerToken = stores.customers().list(PageRequest.first(1)).nextToken();

        assertThrows(IllegalArgumentException.class, () -> stores.matchDecisions()
                .listPayerRules(PageRequest.after(customerToken, 1)));
    }

    @Test
    void rejectedReversalInTransactionAborts() {
        stores.documents().insert(data.document("D1", "C1"));
        stores.payments().insert(data.payment("P1", "C1", null));
        stores.allocations().insert(data.allocation("A1", "P1", "D1"));

        assertThrows(TransactionAbortedException.class, () -> stores.runInTransaction(tx -> {
            assertThrows(IllegalArgumentException.class, () -> tx.allocations()
                    .reverse(AllocationId.of("A1"), TestData.TODAY.minusYears(1)));
            tx.customers().insert(data.customer("C1"));
        }));
        assertTrue(stores.customers().find(CustomerId.of("C1")).isEmpty());
    }

    @Test
    void streamHoldsConnectionUntilClosed() {
        stores.documents().insert(data.document("D1", "C1"));

        try (Stream<Versioned<Document>> stream =
                stores.documents().streamByCustomer(CustomerId.of("C1"))) {
            assertEquals(1, database().activeConnections());
            assertEquals(1, stream.count());
        }

        assertEquals(0, database().activeConnections());
    }

    @Test
    void streamReadsAcrossManyFetches() {
        JdbcStores smallFetches = database().stores(builder -> builder.fetchSize(7));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(data.documentNumbered(String.format(Locale.ROOT, "D%04d", i),
                    "C1", "N" + i));
        }
        smallFetches.documents().insertAll(documents);

        List<String> streamed;
        try (Stream<Versioned<Document>> stream =
                smallFetches.documents().streamByCustomer(CustomerId.of("C1"))) {
            streamed = stream.map(row -> row.value().id().value()).toList();
        }

        assertEquals(documents.stream().map(document -> document.id().value()).toList(),
                streamed);
    }

    @Test
    void clockStampsWrittenAt() throws Exception {
        Instant stamp = Instant.parse("2030-01-02T03:04:05.678901Z");
        JdbcStores stamped = database().stores(
                builder -> builder.clock(Clock.fixed(stamp, ZoneOffset.UTC)));

        stamped.customers().insert(data.customer("C1"));

        AtomicReference<Instant> written = new AtomicReference<>();
        database().execute(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT written_at FROM "
                            + database().table("customers"))) {
                row.next();
                written.set(row.getObject(1, OffsetDateTime.class).toInstant());
            }
        });
        assertEquals(stamp, written.get());
    }

    @Test
    void decisionPaymentsFollowUpdate() {
        Versioned<MatchDecision> stored = stores.matchDecisions().insert(
                data.proposal("M1", TestData.NOW, "P1", "P2"));
        MatchDecision moved = data.proposal("M1", TestData.NOW, "P3");

        stores.matchDecisions().update(moved, stored.version());

        assertTrue(stores.matchDecisions().findByPayment(
                PaymentId.of("P1")).isEmpty());
        assertEquals(List.of(MatchDecisionId.of("M1")), stores.matchDecisions().findByPayment(
                PaymentId.of("P3")).stream()
                .map(row -> row.value().id()).toList());
    }
}
