package io.github.receivables.reconciliation.csv;

import static io.github.receivables.reconciliation.csv.CsvTestSupport.german;
import static io.github.receivables.reconciliation.csv.CsvTestSupport.readAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The advice given when a CSV file's bytes are invalid in the encoding in use. */
class CsvEncodingHintTest {

    private static final String HEADER = "Buchungstag;Betrag;Text\n02.01.2024;1,00;";

    private static byte[] csv(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String message(ColumnMapping mapping, byte[] csv) {
        return assertThrows(InvalidValueException.class, () -> readAll(mapping, csv)).getMessage();
    }

    @Test
    void windows1252UndefinedByteSuggestsOtherEncodings() {
        byte[] bytes = csv(HEADER.getBytes(StandardCharsets.US_ASCII),
                new byte[] {'G', 'r', (byte) 0x81, '\n'});
        String message = message(german().encoding("windows-1252").build(), bytes);
        assertTrue(message.contains("0x81"), message);
        assertTrue(message.contains("not defined in windows-1252"), message);
        assertTrue(message.contains("UTF-8"), message);
        assertTrue(message.contains("IBM850"), message);
        assertFalse(message.contains("example windows-1252"), message);
    }

    @Test
    void utf8InvalidByteSuggestsWindows1252() {
        byte[] bytes = (HEADER + "Gr\u00fc\n").getBytes(StandardCharsets.ISO_8859_1);
        String message = message(german().build(), bytes);
        assertTrue(message.contains("0xFC"), message);
        assertTrue(message.contains("windows-1252"), message);
        assertTrue(message.contains("'test-de'"), message);
    }

    @Test
    void byteOrderMarkFileBlamesFileNotMapping() {
        byte[] bytes = csv(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (HEADER + "Gr\u00fc\n").getBytes(StandardCharsets.ISO_8859_1));
        String message = message(german().encoding("windows-1252").build(), bytes);
        assertTrue(message.contains("byte order mark"), message);
        assertFalse(message.contains("set 'encoding'"), message);
    }
}
