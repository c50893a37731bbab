package io.github.receivables.reconciliation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final Charset LATIN2 = Charset.forName("ISO-8859-2");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static LineSource lines(byte[] input, TextEncoding encoding) {
        return new LineSource(new ByteArrayInputStream(input), "in.sta", encoding,
                ReaderLimits.DEFAULTS);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void fixedUtf8RejectsLatin1Byte() {
        byte[] input = ":20:A\n:86:Se\u00f1or\n".getBytes(StandardCharsets.ISO_8859_1);
        LineSource lines = lines(input, TextEncoding.fixed(StandardCharsets.UTF_8));
        assertEquals(":20:A", lines.nextLine());
        InvalidValueException e = assertThrows(InvalidValueException.class, lines::nextLine);
        assertEquals(2, e.position().line(), "line");
        assertEquals(7, e.position().column(), "column of the byte");
        assertTrue(e.getMessage().contains("byte 0xF1 is not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("detect(ISO_8859_1)"), e.getMessage());
    }

    @Test
    void fixedUtf8RejectsLatin1ByteInNextBytes() {
        byte[] input = "Se\u00f1or".getBytes(StandardCharsets.ISO_8859_1);
        LineSource lines = lines(input, TextEncoding.fixed(StandardCharsets.UTF_8));
        InvalidValueException e = assertThrows(InvalidValueException.class, lines::nextBytes);
        assertEquals("in.sta line 1 column 3", e.position().describe());
    }

    @Test
    void fixedUtf8ColumnCountsCharsBeforeInvalidByte() {
        byte[] input = concat("\u00e9\u20ac x".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, '('});
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> lines(input, TextEncoding.fixed(StandardCharsets.UTF_8)).nextLine());
        assertEquals(5, e.position().column());
        assertTrue(e.getMessage().contains("byte 0xC3 is not valid UTF-8"), e.getMessage());
    }

    @Test
    void fixedUtf8KeepsEncodedReplacementChar() {
        byte[] input = "a\ufffdb".getBytes(StandardCharsets.UTF_8);
        assertEquals("a\ufffdb",
                lines(input, TextEncoding.fixed(StandardCharsets.UTF_8)).nextLine());
    }

    @Test
    void fixedWindows1252RejectsUnmappedByte() {
        byte[] input = {'a', (byte) 0x81, 'b'};
        Charset windows1252 = Charset.forName("windows-1252");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> lines(input, TextEncoding.fixed(windows1252)).nextLine());
        assertTrue(e.getMessage().contains("byte 0x81 is not valid windows-1252"), e.getMessage());
        assertTrue(e.getMessage().contains("TextEncoding.fixed with the file's real character set"),
                e.getMessage());
    }

    @Test
    void detectStillReplacesInvalidFallbackByte() {
        byte[] input = {'a', (byte) 0x81, 'b'};
        TextEncoding detect = TextEncoding.detect(Charset.forName("windows-1252"));
        assertEquals("a\ufffdb", lines(input, detect).nextLine());
    }

    @Test
    void fixedLatin2SkipsBomOnFirstLine() {
        byte[] input = concat(BOM, ":20:\u0141\u00f3d\u017a\n".getBytes(LATIN2));
        LineSource lines = lines(input, TextEncoding.fixed(LATIN2));
        assertEquals(":20:\u0141\u00f3d\u017a", lines.nextLine());
        assertNull(lines.nextLine());
    }

    @Test
    void fixedLatin2SkipsBomBeforeAsciiLine() {
        byte[] input = concat(BOM, ":20:A\n:25:B".getBytes(StandardCharsets.US_ASCII));
        LineSource lines = lines(input, TextEncoding.fixed(LATIN2));
        int length = lines.nextBytes();
        assertEquals(5, length, "length without the mark");
        String line = lines.decodedLine() != null ? lines.decodedLine()
                : new String(lines.bytes(), lines.bytesStart(), length, StandardCharsets.US_ASCII);
        assertEquals(":20:A", line);
    }

    @Test
    void fixedLatin2KeepsLaterBomBytes() {
        byte[] input = concat("a\n".getBytes(StandardCharsets.US_ASCII), BOM);
        LineSource lines = lines(input, TextEncoding.fixed(LATIN2));
        assertEquals("a", lines.nextLine());
        assertEquals(new String(BOM, LATIN2), lines.nextLine());
    }

    @Test
    void detectSkipsBomBeforeLatin1Line() {
        byte[] input = concat(BOM, "Se\u00f1or".getBytes(StandardCharsets.ISO_8859_1));
        TextEncoding detect = TextEncoding.detect(StandardCharsets.ISO_8859_1);
        assertEquals("Se\u00f1or", lines(input, detect).nextLine());
    }

    @Test
    void fixedUtf8SkipsBom() {
        byte[] input = concat(BOM, "Se\u00f1or".getBytes(StandardCharsets.UTF_8));
        assertEquals("Se\u00f1or",
                lines(input, TextEncoding.fixed(StandardCharsets.UTF_8)).nextLine());
    }

    @Test
    void fixedRejectsSetsNotAsciiCompatible() {
        for (String name : List.of("UTF-16LE", "UTF-16", "UTF-32", "IBM037")) {
            Charset charset = Charset.forName(name);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TextEncoding.fixed(charset), name);
            assertTrue(e.getMessage().startsWith("character set " + charset.name() + " "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("such as UTF-8, ISO-8859-1"), e.getMessage());
        }
    }

    @Test
    void detectRejectsSetsNotAsciiCompatible() {
        for (String name : List.of("UTF-16BE", "IBM037")) {
            Charset charset = Charset.forName(name);
            assertThrows(IllegalArgumentException.class, () -> TextEncoding.detect(charset),
                    name);
        }
    }

    @Test
    void fixedRejectsStatefulIso2022() {
        Charset charset = Charset.forName("ISO-2022-JP");
        assertThrows(IllegalArgumentException.class, () -> TextEncoding.fixed(charset));
    }

    @Test
    void fixedAcceptsAsciiCompatibleSets() {
        for (String name : List.of("UTF-8", "US-ASCII", "ISO-8859-1", "ISO-8859-2",
                "ISO-8859-15", "windows-1250", "windows-1252", "IBM852", "IBM437", "Shift_JIS")) {
            Charset charset = Charset.forName(name);
            assertEquals(charset, TextEncoding.fixed(charset).charset(), name);
            assertEquals(charset, TextEncoding.detect(charset).charset(), name);
        }
    }
}
