package io.github.receivables.reconciliation.mt940;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.text.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Character set handling of the MT940 reader with fixed encodings. */
class Mt940EncodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static String statement(String remittance) {
        return ":20:STMT1\n:25:CL/0012345678/CLP\n:28C:1/1\n:60F:C240201CLP1000,\n"
                + ":61:2402010201CR250,NTRFFACT1042//B1\n:86:" + remittance + "\n"
                + ":62F:C240201CLP1250,\n-\n";
    }

    private static List<BankStatement> read(byte[] bytes, TextEncoding encoding) {
        Mt940Reader reader = new Mt940Reader(Mt940Options.DEFAULTS.withEncoding(encoding));
        return reader.readAll(new ByteArrayInputStream(bytes), "lat.sta");
    }

    private static String remittance(List<BankStatement> statements) {
        return statements.get(0).entries().get(0).details().get(0).remittanceText().get(0);
    }

    private static byte[] withBom(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    @Test
    void fixedUtf8WithLatin1TextRaises() {
        byte[] bytes = statement("Se\u00f1or").getBytes(StandardCharsets.ISO_8859_1);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> read(bytes, TextEncoding.fixed(StandardCharsets.UTF_8)));
        assertEquals("lat.sta line 6 column 7", e.position().describe());
        assertTrue(e.getMessage().contains("byte 0xF1 is not valid UTF-8"), e.getMessage());
    }

    @Test
    void fixedLatin1ReadsSameBytes() {
        byte[] bytes = statement("Se\u00f1or").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Se\u00f1or",
                remittance(read(bytes, TextEncoding.fixed(StandardCharsets.ISO_8859_1))));
    }

    @Test
    void fixedLatin2SkipsUtf8Bom() {
        Charset latin2 = Charset.forName("ISO-8859-2");
        byte[] bytes = withBom(statement("P\u0142atno\u015b\u0107").getBytes(latin2));
        List<BankStatement> statements = read(bytes, TextEncoding.fixed(latin2));
        assertEquals("STMT1", statements.get(0).header().statementId());
        assertEquals("P\u0142atno\u015b\u0107", remittance(statements));
    }
}
