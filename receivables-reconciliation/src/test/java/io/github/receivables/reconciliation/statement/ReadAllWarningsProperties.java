package io.github.receivables.reconciliation.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ReadAllWarningsProperties {

    @Property(tries = 1000)
    void everyWarningKeptOrCounted(
            @ForAll @StringLength(max = 30) @Chars({'S', 'W'}) String script,
            @ForAll @IntRange(min = 1, max = 10) int maxWarnings) {
        long statements = script.chars().filter(c -> c == 'S').count();
        long warnings = script.length() - statements;
        ReaderLimits limits = ReaderLimits.DEFAULTS.withMaxWarnings(maxWarnings);
        ScriptedReader reader = new ScriptedReader("S" + script, 0, limits);

        List<BankStatement> read = reader.readAll(new ByteArrayInputStream(new byte[0]), "p.sta");

        long keptWarnings = read.stream().mapToLong(s -> s.warnings().size()).sum();
        long expected = warnings <= maxWarnings ? warnings : maxWarnings + 1;
        assertEquals(statements + 1, read.size());
        assertEquals(expected, keptWarnings);
    }
}
