package io.github.receivables.reconciliation.importing;

import static io.github.receivables.reconciliation.importing.ImportFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entries and the transactions of batch entries keep the same identity across reads. */
class EntryIdentityTest {

    private static final String CSV = ImportFixtures.HEADER
            + "2024-01-02;100;cuota\n2024-01-02;100;cuota\n2024-01-03;-50;comision\n";

    @Test
    void sameFileReadTwiceSameIds() {
        BankStatement first = read(CSV, "a.csv").get(0);
        BankStatement second = read(CSV, "renamed-copy.csv").get(0);
        for (int i = 0; i < first.entries().size(); i++) {
            StatementEntry a = first.entries().get(i);
            StatementEntry b = second.entries().get(i);
            assertEquals(a.id(), b.id(), "entry " + i);
            assertEquals(a.details().get(0).id(), b.details().get(0).id(), "transaction " + i);
        }
    }

    @Test
    void lookAlikeRowsDistinctIds() {
        List<StatementEntry> entries = read(CSV, "a.csv").get(0).entries();
        assertNotEquals(entries.get(0).id(), entries.get(1).id());
        assertNotEquals(entries.get(0).details().get(0).id(), entries.get(1).details().get(0).id());
    }

    @Test
    void overlappingFileGivesSharedDaySameIds() {
        BankStatement wide = read(CSV, "a.csv").get(0);
        BankStatement lastDay = read(ImportFixtures.HEADER + "2024-01-03;-50;comision\n"
                + "2024-01-04;10;x\n", "b.csv").get(0);
        assertEquals(wide.entries().get(2).id(), lastDay.entries().get(0).id());
    }

    @Test
    void batchTransactionsStableAndDistinct() {
        AccountIdentifier account = new AccountIdentifier("DE89370400440532013000", null, null);
        String firstRead = new EntryIdentities(account).next(LocalDate.of(2024, 1, 2),
                new BigDecimal("24.00"), "B1", null, "Sammelueberweisung");
        String secondRead = new EntryIdentities(account).next(LocalDate.of(2024, 1, 2),
                new BigDecimal("24.0"), "B1", null, "Sammelueberweisung");
        assertEquals(firstRead, secondRead);
        Set<String> transactions = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            String id = EntryIdentities.transactionId(firstRead, i);
            assertEquals(id, EntryIdentities.transactionId(secondRead, i));
            transactions.add(id);
        }
        assertEquals(8, transactions.size());
    }

    @Test
    void otherAccountOtherIds() {
        String a = new EntryIdentities(new AccountIdentifier(null, "A", null))
                .next(LocalDate.of(2024, 1, 2), BigDecimal.TEN, null, null, "x");
        String b = new EntryIdentities(new AccountIdentifier(null, "B", null))
                .next(LocalDate.of(2024, 1, 2), BigDecimal.TEN, null, null, "x");
        assertNotEquals(a, b);
    }
}
