package io.github.receivables.examples.quickstart.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting one CSV record of the portfolio format. */
class CsvLineTest {

    @Test
    void splitTrimsPlainFields() {
        assertEquals(List.of("a", "b c", ""), CsvLine.split(" a ; b c ;", ';'));
    }

    @Test
    void splitUnquotesAndKeepsDelimiters() {
        assertEquals(List.of("Pehuén; Ltda", "say \"hi\"", "x"),
                CsvLine.split("\"Pehuén; Ltda\";\"say \"\"hi\"\"\";x", ';'));
    }

    @Test
    void splitRejectsOpenQuote() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CsvLine.split("\"open;x", ';'));

        assertTrue(error.getMessage().contains("not closed"), error.getMessage());
    }

    @Test
    void splitRejectsTextAfterClosingQuote() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CsvLine.split("\"a\"b;c", ';'));

        assertTrue(error.getMessage().contains("after the closing quote"), error.getMessage());
    }
}
