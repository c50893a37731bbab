package io.github.receivables.reconciliation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Compares {@link LineSource}, which searches eight bytes at a time, with a byte-by-byte split
 * of the same input, read in chunks of 1 to 40 bytes.
 */
class LineSourceProperties {

    private static final TextEncoding DETECT = TextEncoding.detect(StandardCharsets.ISO_8859_1);

    @Property(tries = 2000)
    void linesMatchByteByByteSplit(@ForAll("inputs") byte[] input,
            @ForAll @IntRange(min = 1, max = 40) int chunkSize) {
        LineSource lines = new LineSource(new ChunkedStream(input, chunkSize), "test",
                DETECT, ReaderLimits.DEFAULTS);
        List<String> expected = referenceLines(input);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), lines.nextLine(), "line " + (i + 1));
            assertEquals(i + 1, lines.lineNumber(), "line number");
        }
        assertNull(lines.nextLine(), "after the last line");
    }

    @Property(tries = 1000)
    void bytesOrDecodedLineMatchNextLine(@ForAll("inputs") byte[] input,
            @ForAll @IntRange(min = 1, max = 40) int chunkSize) {
        LineSource lines = new LineSource(new ChunkedStream(input, chunkSize), "test",
                DETECT, ReaderLimits.DEFAULTS);
        List<String> expected = referenceLines(input);
        for (int i = 0; i < expected.size(); i++) {
            int length = lines.nextBytes();
            String decoded = lines.decodedLine();
            String line = decoded != null ? decoded : new String(lines.bytes(),
                    lines.bytesStart(), length, StandardCharsets.ISO_8859_1);
            assertEquals(expected.get(i), line, "line " + (i + 1));
            assertEquals(line.length(), length, "length of line " + (i + 1));
            assertEquals(i + 1, lines.lineNumber(), "line number");
        }
        assertEquals(-1, lines.nextBytes(), "after the last line");
    }

    @Example
    void lineSourceDecodesUtf8AfterAsciiWord() {
        byte[] input = "ABCDEFGH\u00e9\r\nIJ".getBytes(StandardCharsets.UTF_8);
        LineSource lines = new LineSource(new ByteArrayInputStream(input), "test", DETECT,
                ReaderLimits.DEFAULTS);
        assertEquals("ABCDEFGH\u00e9", lines.nextLine());
        assertEquals("IJ", lines.nextLine());
        assertNull(lines.nextLine());
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        // Mostly ASCII letters, with line breaks and the two bytes of a UTF-8 "é" mixed in, so
        // that lines are ASCII, valid UTF-8 or ISO-8859-1 that is not UTF-8.
        Arbitrary<Byte> bytes = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.bytes().between((byte) 'A', (byte) 'Z')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of((byte) '\n', (byte) '\r')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0xc3, (byte) 0xa9)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0x0b, (byte) 0x0c, (byte) 0x8a,
                        (byte) 0x8d, (byte) 0x0e)));
        return bytes.list().ofMaxSize(200).map(list -> {
            byte[] array = new byte[list.size()];
            for (int i = 0; i < array.length; i++) {
                array[i] = list.get(i);
            }
            return array;
        });
    }

    /** Splits at LF, CR LF and a lone CR one byte at a time, as the format defines lines. */
    private static List<String> referenceLines(byte[] input) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < input.length) {
            if (input[i] == '\n' || input[i] == '\r') {
                lines.add(decode(Arrays.copyOfRange(input, start, i), lines.size() + 1));
                i += input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < input.length) {
            lines.add(decode(Arrays.copyOfRange(input, start, input.length), lines.size() + 1));
        }
        return lines;
    }

    private static String decode(byte[] line, long lineNumber) {
        boolean ascii = true;
        for (byte b : line) {
            ascii &= b >= 0;
        }
        return DETECT.decode(line, 0, line.length, ascii, "test", lineNumber);
    }

    /** Returns at most {@code chunkSize} bytes per read, as a network stream may. */
    private static final class ChunkedStream extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int chunkSize;

        ChunkedStream(byte[] input, int chunkSize) {
            this.bytes = new ByteArrayInputStream(input);
            this.chunkSize = chunkSize;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, chunkSize));
        }
    }
}
