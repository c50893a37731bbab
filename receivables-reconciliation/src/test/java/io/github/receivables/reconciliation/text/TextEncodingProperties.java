package io.github.receivables.reconciliation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Checks that a fixed encoding never replaces invalid bytes silently. */
class TextEncodingProperties {

    private static final TextEncoding FIXED_UTF8 = TextEncoding.fixed(StandardCharsets.UTF_8);

    @Property(tries = 1000)
    void fixedUtf8DecodesStrictlyOrRaises(@ForAll("lines") byte[] line) {
        String expected;
        try {
            expected = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            expected = null;
        }
        String actual;
        try {
            actual = FIXED_UTF8.decode(line, 0, line.length, false, "p", 2);
        } catch (InvalidValueException e) {
            actual = null;
        }
        assertEquals(expected, actual);
    }

    @Provide
    Arbitrary<byte[]> lines() {
        // ASCII letters mixed with the bytes of "é" and "€" in UTF-8, a lone 0xF1 and the
        // encoded U+FFFD, so that lines are valid UTF-8, invalid, or contain a real U+FFFD.
        Arbitrary<byte[]> pieces = Arbitraries.oneOf(
                Arbitraries.of("a", "Z", " ").map(s -> s.getBytes(StandardCharsets.US_ASCII)),
                Arbitraries.of("\u00e9", "\u20ac", "\ufffd")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of((byte) 0xF1, (byte) 0xC3, (byte) 0xA9, (byte) 0x82)
                        .map(b -> new byte[] {b}));
        return pieces.list().ofMaxSize(30).map(list -> {
            ByteBuffer buffer = ByteBuffer.allocate(list.size() * 3);
            list.forEach(buffer::put);
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        });
    }
}
