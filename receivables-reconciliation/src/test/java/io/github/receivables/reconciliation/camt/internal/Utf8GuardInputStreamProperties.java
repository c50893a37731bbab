package io.github.receivables.reconciliation.camt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The UTF-8 guard accepts exactly the input that the JDK's reporting UTF-8 decoder accepts and
 * passes it on unchanged, whatever the read and stream chunk sizes.
 */
class Utf8GuardInputStreamProperties {

    @Provide
    Arbitrary<byte[]> utf8Like() {
        Arbitrary<byte[]> valid = Arbitraries.strings().all().ofMaxLength(200)
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> mixed = Arbitraries.oneOf(
                Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E),
                Arbitraries.bytes().between((byte) 0x80, (byte) 0xBF),
                Arbitraries.bytes().between((byte) 0xC0, (byte) 0xFF))
                .array(byte[].class).ofMaxSize(60);
        return Arbitraries.oneOf(valid, mixed);
    }

    @Property(tries = 2000)
    void validatesLikeJdk(@ForAll("utf8Like") byte[] input,
            @ForAll @IntRange(min = 1, max = 9) int readSize,
            @ForAll @IntRange(min = 1, max = 7) int chunkSize) {
        assertEquals(jdk(input), ours(input, readSize, chunkSize));
    }

    /** Larger reads take the guard's eight-bytes-at-a-time path. */
    @Property(tries = 1000)
    void validatesLikeJdkInLargeReads(@ForAll("utf8Like") byte[] input,
            @ForAll @IntRange(min = 8, max = 64) int readSize,
            @ForAll @IntRange(min = 8, max = 64) int chunkSize) {
        assertEquals(jdk(input), ours(input, readSize, chunkSize));
    }

    private static String jdk(byte[] input) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return "<malformed>";
        }
    }

    private static String ours(byte[] input, int readSize, int chunkSize) {
        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize];
        try (Utf8GuardInputStream guard = new Utf8GuardInputStream(
                new Trickle(input, chunkSize), 1 << 20)) {
            for (int read = guard.read(buffer, 0, readSize); read >= 0;
                    read = guard.read(buffer, 0, readSize)) {
                passed.write(buffer, 0, read);
            }
        } catch (CharacterCodingException e) {
            return "<malformed>";
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return new String(passed.toByteArray(), StandardCharsets.UTF_8);
    }

    /** A stream that returns at most a few bytes per read, to cut sequences at every point. */
    private static final class Trickle extends InputStream {

        private final ByteArrayInputStream bytes;
        private final int chunk;

        Trickle(byte[] data, int chunk) {
            this.bytes = new ByteArrayInputStream(data);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, chunk));
        }
    }
}
