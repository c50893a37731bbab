package io.github.receivables.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.spi.store.InsertResult;
import io.github.receivables.spi.store.NotFoundException;
import io.github.receivables.spi.store.StatementImport;
import io.github.receivables.spi.store.StatementImportStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Contract of {@link StatementImportStore}: every adapter's import store must pass it. */
public abstract class StatementImportStoreContract extends StoreContract {

    private static final String DIGEST =
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private StatementImportStore imports() {
        return stores.statementImports();
    }

    private StatementImport statement(String key) {
        return new StatementImport(key, DIGEST, TestData.NOW, 3);
    }

    @Test
    void recordStatementOnceThenReportPresent() {
        InsertResult<StatementImport> first = imports().recordStatement(statement("S1"));
        InsertResult<StatementImport> second = imports().recordStatement(
                new StatementImport("S1", null, data.at(60), 9));

        assertTrue(first.inserted());
        assertFalse(second.inserted());
        assertEquals(statement("S1"), second.value());
        assertEquals(statement("S1"), imports().findStatement("S1").orElseThrow());
    }

    @Test
    void statementWithoutDigestSurvivesRoundTrip() {
        StatementImport noDigest = new StatementImport("S1", null, TestData.NOW, 0);

        imports().recordStatement(noDigest);

        assertEquals(noDigest, imports().findStatement("S1").orElseThrow());
    }

    @Test
    void findMissingStatementIsEmpty() {
        assertTrue(imports().findStatement("missing").isEmpty());
    }

    @Test
    void recordEntriesReturnsOnlyNewIds() {
        imports().recordStatement(statement("S1"));
        imports().recordStatement(statement("S2"));
        imports().recordEntries("S1", List.of("e1", "e2"));

        Set<String> recorded = imports().recordEntries("S2", List.of("e2", "e3", "e3"));

        assertEquals(Set.of("e3"), recorded);
    }

    @Test
    void findRecordedEntriesNamesFirstStatement() {
        imports().recordStatement(statement("S1"));
        imports().recordStatement(statement("S2"));
        imports().recordEntries("S1", List.of("e1", "e2"));
        imports().recordEntries("S2", List.of("e2", "e3"));

        Map<String, String> found = imports().findRecordedEntries(List.of("e1", "e2", "e3", "e4"));

        assertEquals(Map.of("e1", "S1", "e2", "S1", "e3", "S2"), found);
    }

    @Test
    void entriesOfMissingStatementNotFound() {
        assertThrows(NotFoundException.class,
                () -> imports().recordEntries("missing", List.of("e1")));
        assertTrue(imports().findRecordedEntries(List.of("e1")).isEmpty());
    }

    @Test
    void recordManyEntriesAtOnce() {
        imports().recordStatement(statement("S1"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            ids.add("entry-" + i);
        }

        assertEquals(ids.size(), imports().recordEntries("S1", ids).size());
        assertEquals(ids.size(), imports().findRecordedEntries(ids).size());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void racingImportersRecordEntryOnce() throws Exception {
        imports().recordStatement(statement("S1"));
        imports().recordStatement(statement("S2"));
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            first.add("e" + i);
            second.add("e" + (i + 150));
        }

        List<Set<String>> recorded = Concurrently.run(
                () -> imports().recordEntries("S1", first),
                () -> imports().recordEntries("S2", second));

        Set<String> union = new HashSet<>(recorded.get(0));
        union.addAll(recorded.get(1));
        assertEquals(450, union.size());
        assertEquals(450, recorded.get(0).size() + recorded.get(1).size(),
                "an entry was recorded by both importers");
    }
}
