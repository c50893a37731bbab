package io.github.receivables.reconciliation.importing;

import static io.github.receivables.reconciliation.importing.ImportFixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private final InMemorySeenEntryStore store = new InMemorySeenEntryStore();
    private final DuplicateDetector detector = new DuplicateDetector(store);

    @Test
    void firstImportAllNew() {
        StatementImport result = detector.register(statement("2024-01-02;100;a", "2024-01-03;-5;b"));
        StatementImport.New added = assertInstanceOf(StatementImport.New.class, result);
        assertEquals(2, added.newEntries().size());
    }

    @Test
    void sameStatementTwiceAlreadyImported() {
        detector.register(statement("2024-01-02;100;a", "2024-01-03;-5;b"));
        StatementImport again = detector.register(statement("2024-01-02;100;a", "2024-01-03;-5;b"));
        StatementImport.AlreadyImported repeated =
                assertInstanceOf(StatementImport.AlreadyImported.class, again);
        assertEquals(2, repeated.duplicateEntries().size());
        assertTrue(repeated.newEntries().isEmpty());
    }

    @Test
    void overlappingStatementsSplitNewAndDuplicate() {
        detector.register(statement("2024-01-01;10;a", "2024-01-02;20;b", "2024-01-03;30;c"));
        StatementImport second = detector.register(
                statement("2024-01-03;30;c", "2024-01-04;40;d", "2024-01-05;50;e"));
        StatementImport.Overlapping overlap =
                assertInstanceOf(StatementImport.Overlapping.class, second);
        assertEquals(1, overlap.duplicateEntries().size());
        assertEquals("c", overlap.duplicateEntries().get(0).details().get(0).remittance());
        assertEquals(2, overlap.newEntries().size());
    }

    @Test
    void lookAlikeEntriesOfOneStatementBothCount() {
        BankStatement statement = statement("2024-01-02;100;cuota", "2024-01-02;100;cuota");
        StatementImport first = detector.register(statement);
        assertEquals(2, first.newEntries().size());
        StatementImport again = detector.register(
                statement("2024-01-02;100;cuota", "2024-01-02;100;cuota"));
        assertEquals(2, again.duplicateEntries().size());
    }

    @Test
    void thirdLookAlikeInLaterStatementIsNew() {
        detector.register(statement("2024-01-02;100;cuota", "2024-01-02;100;cuota"));
        StatementImport wider = detector.register(statement("2024-01-02;100;cuota",
                "2024-01-02;100;cuota", "2024-01-02;100;cuota"));
        assertEquals(2, wider.duplicateEntries().size());
        assertEquals(1, wider.newEntries().size());
    }

    @Test
    void emptyStatementRecognizedByKey() {
        BankStatement empty = ImportFixtures.read(ImportFixtures.HEADER, "empty.csv").get(0);
        assertInstanceOf(StatementImport.New.class, detector.register(empty));
        assertInstanceOf(StatementImport.AlreadyImported.class, detector.register(empty));
    }

    @Test
    void checkRecordsNothing() {
        BankStatement statement = statement("2024-01-02;100;a");
        assertInstanceOf(StatementImport.New.class, detector.check(List.of(statement))
                .statements().get(0));
        assertEquals(0, store.size());
        assertInstanceOf(StatementImport.New.class, detector.register(statement));
    }

    @Test
    void checkSeesEarlierStatementsOfSameFile() {
        BankStatement first = statement("2024-01-02;100;a");
        BankStatement second = statement("2024-01-02;100;a", "2024-01-03;7;b");
        ImportReport report = detector.check(List.of(first, second));
        assertEquals(2, report.newEntryCount());
        assertEquals(1, report.duplicateEntryCount());
        assertInstanceOf(StatementImport.Overlapping.class, report.statements().get(1));
    }

    @Test
    void reportTellsWholeFileWasImported() {
        List<BankStatement> file = List.of(statement("2024-01-02;100;a"));
        ImportReport first = detector.register(file);
        ImportReport second = detector.register(List.of(statement("2024-01-02;100;a")));
        assertEquals(1, first.newEntryCount());
        assertTrue(second.alreadyImported());
    }

    @Test
    void concurrentImportsRecordEachEntryOnce() throws Exception {
        String[] rows = new String[50];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "2024-01-02;" + (i + 1) + ";row " + i;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StatementImport>> results = pool.invokeAll(List.of(
                    () -> detector.register(statement(rows)), () -> detector.register(statement(rows)),
                    () -> detector.register(statement(rows)), () -> detector.register(statement(rows))));
            int imported = 0;
            for (Future<StatementImport> result : results) {
                imported += result.get().newEntries().size();
            }
            assertEquals(50, imported);
        } finally {
            pool.shutdownNow();
        }
    }
}
