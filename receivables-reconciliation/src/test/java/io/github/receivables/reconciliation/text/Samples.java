package io.github.receivables.reconciliation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the real sample files through the SAMPLES_DIR environment variable and checks what a
 * reader made of them. When CI=true a missing folder fails the test; elsewhere it skips it.
 */
public final class Samples {

    private Samples() {}

    /** Returns the folder of one format, such as {@code mt940}. */
    public static Path folder(String format) {
        String root = System.getenv("SAMPLES_DIR");
        Path folder = root == null ? null : Path.of(root, format);
        if (folder == null || !Files.isDirectory(folder)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("sample folder " + folder + " is missing; SAMPLES_DIR must point at the"
                        + " samples when CI=true");
            }
            assumeTrue(false, "sample folder " + folder + " not found; set SAMPLES_DIR");
        }
        return folder;
    }

    /** Returns the names of the files in a format's folder. */
    public static Set<String> fileNames(String format) {
        try (Stream<Path> files = Files.list(folder(format))) {
            return files.map(path -> path.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the path of a sample file. Call it outside {@code assertThrows}, because a missing
     * folder skips or fails the test through an exception of its own.
     */
    public static Path file(String format, String file) {
        return folder(format).resolve(file);
    }

    /** Reads a sample file with a reader. */
    public static List<BankStatement> read(StatementReader reader, String format, String file) {
        return read(reader, file(format, file));
    }

    /** Reads a file with a reader. */
    public static List<BankStatement> read(StatementReader reader, Path path) {
        try (InputStream input = Files.newInputStream(path)) {
            return reader.readAll(input, path.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the statement and entry counts and the sums of credits and debits. */
    public static void assertTotals(List<BankStatement> statements, int statementCount,
            int entryCount, String credits, String debits) {
        assertEquals(statementCount, statements.size(), "statements");
        List<StatementEntry> entries =
                statements.stream().flatMap(s -> s.entries().stream()).toList();
        assertEquals(entryCount, entries.size(), "entries");
        BigDecimal creditSum = entries.stream().map(e -> e.amount().value())
                .filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal debitSum = entries.stream().map(e -> e.amount().value())
                .filter(v -> v.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        assertEquals(0, new BigDecimal(credits).compareTo(creditSum),
                "sum of credits " + creditSum);
        assertEquals(0, new BigDecimal(debits).compareTo(debitSum), "sum of debits " + debitSum);
    }

    /** Checks the closing booked balance of a statement. */
    public static void assertClosing(BankStatement statement, String amount) {
        assertNotNull(statement.trailer().closing(), "closing balance");
        assertEquals(0, new BigDecimal(amount)
                .compareTo(statement.trailer().closing().amount().value()),
                "closing " + statement.trailer().closing().amount().value());
    }

    /** Checks that opening plus entries matched the closing balance. */
    public static void assertConsistent(BankStatement statement) {
        assertInstanceOf(BalanceCheck.Consistent.class, statement.trailer().balanceCheck());
    }

    /** Checks that opening plus entries did not match the closing balance. */
    public static void assertMismatch(BankStatement statement) {
        assertInstanceOf(BalanceCheck.Mismatch.class, statement.trailer().balanceCheck());
    }
}
