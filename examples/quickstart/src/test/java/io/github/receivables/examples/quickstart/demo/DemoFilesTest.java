package io.github.receivables.examples.quickstart.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.examples.quickstart.statement.StatementFiles;
import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed demo files are exactly what {@link DemoFiles} writes. */
class DemoFilesTest {

    @Test
    void envelopeMatchesGenerator() throws IOException {
        assertArrayEquals(DemoFiles.envelope().getBytes(StandardCharsets.ISO_8859_1),
                resource(DemoData.PORTFOLIO.get(0)));
    }

    @Test
    void registerMatchesGenerator() throws IOException {
        assertArrayEquals(DemoFiles.register().getBytes(StandardCharsets.UTF_8),
                resource(DemoData.PORTFOLIO.get(1)));
    }

    @Test
    void customersMatchGenerator() throws IOException {
        assertArrayEquals(DemoFiles.customers().getBytes(StandardCharsets.UTF_8),
                resource(DemoData.PORTFOLIO.get(2)));
    }

    @Test
    void cartolaReadsAsGeneratorMovements() {
        List<BankStatement> statements = StatementFiles.read(DemoData.statementFile(),
                StatementFiles.mapping(DemoData.STATEMENT_PRESET, null)).statements();

        assertEquals(1, statements.size());
        List<StatementEntry> entries = statements.get(0).entries();
        assertEquals(DemoStatement.MOVEMENTS.size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            DemoStatement.Movement movement = DemoStatement.MOVEMENTS.get(i);
            assertEquals(movement.date(), entries.get(i).bookingDate(), "date of row " + i);
            assertEquals(0, BigDecimal.valueOf(movement.amount())
                    .compareTo(entries.get(i).amount().value()), "amount of row " + i);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoFilesTest.class.getResourceAsStream(DemoData.FOLDER + name)) {
            return in.readAllBytes();
        }
    }
}
