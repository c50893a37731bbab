package io.github.receivables.reconciliation.text;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a byte stream into lines in constant memory. A line ends at LF, CR LF or a lone CR; the
 * line break is not part of the returned text. Each line is decoded on its own with a
 * {@link TextEncoding}. A UTF-8 byte order mark (EF BB BF) at the start of the input is skipped
 * whatever the character set, because its bytes would otherwise hide the first field.
 *
 * <p>Limits: the stream may contain at most {@link ReaderLimits#maxFileBytes()} bytes, and a line
 * at most {@link ReaderLimits#maxFieldLength()} bytes, because a line of these formats never
 * contains more than one field's text. Both raise {@link LimitExceededException}. A read failure of the
 * underlying stream is thrown as {@link UncheckedIOException}. Not thread-safe.
 */
public final class LineSource {

    private static final int CHUNK = 64 * 1024;

    /** A view of byte arrays as little-endian longs, so the line end search reads eight bytes. */
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream input;
    private final String source;
    private final TextEncoding encoding;
    private final int maxLineBytes;
    private final long maxFileBytes;
    private byte[] buffer = new byte[CHUNK];
    private String decodedLine;
    private int lineStart;
    private int lineEnd;
    private boolean lineAscii;
    private int start;
    private int end;
    private long totalBytes;
    private long lineNumber;
    private boolean eof;
    private boolean skipLineFeed;
    private boolean skippedByteOrderMark;

    /**
     * Creates a line source.
     *
     * @param input the stream to read; never null, not closed by this class
     * @param source the input name used in positions; never null
     * @param encoding how each line is decoded; never null
     * @param limits the file size and line length bounds; never null
     */
    public LineSource(InputStream input, String source, TextEncoding encoding, ReaderLimits limits) {
        this.input = input;
        this.source = source;
        this.encoding = encoding;
        this.maxLineBytes = limits.maxFieldLength();
        this.maxFileBytes = limits.maxFileBytes();
    }

    /**
     * Reads the next line.
     *
     * @return the decoded line without its line break, or null at the end of the stream
     * @throws LimitExceededException if the line or the stream is longer than the limits allow
     * @throws InvalidValueException if a fixed encoding finds bytes not valid in its character set
     */
    public String nextLine() {
        if (!findLine()) {
            return null;
        }
        return encoding.decode(buffer, lineStart, lineEnd - lineStart, lineAscii, source,
                lineNumber);
    }

    /**
     * Reads the next line and leaves it undecoded when that is possible: when the line is ASCII
     * and the encoding reads ASCII bytes as the same chars, {@link #bytes()} contains its chars one
     * byte each from {@link #bytesStart()} on, and {@link #decodedLine()} is null. Otherwise the
     * line is decoded as {@link #nextLine()} decodes it, and {@link #decodedLine()} returns it.
     * A parser that keeps only parts of most lines saves the string per line.
     *
     * @return the length of the line without its line break, in bytes when it was left undecoded
     *     and in chars otherwise, or -1 at the end of the stream
     * @throws LimitExceededException if the line or the stream is longer than the limits allow
     * @throws InvalidValueException if a fixed encoding finds bytes not valid in its character set
     */
    public int nextBytes() {
        if (!findLine()) {
            return -1;
        }
        int length = lineEnd - lineStart;
        if (lineAscii) {
            decodedLine = null;
            return length;
        }
        decodedLine = encoding.decode(buffer, lineStart, length, lineAscii, source, lineNumber);
        return decodedLine.length();
    }

    /**
     * Returns the buffer that contains the line {@link #nextBytes()} read last, when it left it
     * undecoded. The array is reused and its contents change with the next read.
     *
     * @return the shared byte buffer; never null
     */
    public byte[] bytes() {
        return buffer;
    }

    /**
     * Returns the index in {@link #bytes()} of the first byte of the line {@link #nextBytes()}
     * read last.
     *
     * @return the start index
     */
    public int bytesStart() {
        return lineStart;
    }

    /**
     * Returns the line {@link #nextBytes()} read last when it had to be decoded.
     *
     * @return the decoded line, or null when the line is in {@link #bytes()}
     */
    public String decodedLine() {
        return decodedLine;
    }

    /**
     * Finds the next line and sets {@link #lineStart}, {@link #lineEnd} and {@link #lineAscii}.
     * The bytes stay in the buffer until the next call.
     *
     * @return false at the end of the stream
     */
    private boolean findLine() {
        if (!skippedByteOrderMark) {
            skippedByteOrderMark = true;
            skipByteOrderMark();
        }
        if (skipLineFeed) {
            skipLineFeed = false;
            if (start == end && !fill()) {
                return false;
            }
            if (buffer[start] == '\n') {
                start++;
            }
        }
        int scannedLength = 0;
        long highBits = 0;
        while (true) {
            byte[] bytes = buffer;
            int limit = end;
            int i = start + scannedLength;
            for (; i + Long.BYTES <= limit; i += Long.BYTES) {
                long word = (long) LONGS.get(bytes, i);
                long breaks = lineBreakBytes(word);
                if (breaks != 0) {
                    // The bit offset of the first line break byte in the word.
                    int breakBit = Long.numberOfTrailingZeros(breaks) & ~7;
                    highBits |= word & ((1L << breakBit) - 1);
                    return lineBreakAt(i + (breakBit >>> 3), highBits);
                }
                highBits |= word;
            }
            for (; i < limit; i++) {
                byte b = bytes[i];
                if (b == '\n' || b == '\r') {
                    return lineBreakAt(i, highBits);
                }
                highBits |= b & 0x80;
            }
            scannedLength = end - start;
            checkLineLength(scannedLength);
            if (!fill()) {
                return start < end && take(end, end, (highBits & HIGH_BITS) == 0);
            }
        }
    }

    /** Skips EF BB BF when the input starts with them. */
    private void skipByteOrderMark() {
        while (end - start < UTF8_BOM.length && fill()) {
            // Reads until the mark's length is in the buffer or the input ends.
        }
        if (end - start >= UTF8_BOM.length
                && Arrays.equals(buffer, start, start + UTF8_BOM.length, UTF8_BOM, 0,
                        UTF8_BOM.length)) {
            start += UTF8_BOM.length;
        }
    }

    /**
     * Marks the bytes of a little-endian word that are LF or CR with their high bit. Only the
     * lowest mark is sure to be a line break, because the borrow of the subtraction may also mark
     * a byte above it. The line ends at the lowest mark, so the others do not matter.
     */
    private static long lineBreakBytes(long word) {
        long lineFeeds = word ^ (LOW_BITS * '\n');
        long carriageReturns = word ^ (LOW_BITS * '\r');
        long lineFeedMarks = (lineFeeds - LOW_BITS) & ~lineFeeds;
        long carriageReturnMarks = (carriageReturns - LOW_BITS) & ~carriageReturns;
        return (lineFeedMarks | carriageReturnMarks) & HIGH_BITS;
    }

    private boolean lineBreakAt(int index, long highBits) {
        skipLineFeed = buffer[index] == '\r';
        return take(index, index + 1, (highBits & HIGH_BITS) == 0);
    }

    /**
     * Returns the 1-based number of the line most recently returned by {@link #nextLine()}.
     *
     * @return the line number, or 0 before the first line
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the position of the line most recently returned.
     *
     * @param path the field or record the position refers to, such as {@code :61:}; never null
     * @return the position; never null
     */
    public SourcePosition position(String path) {
        return new SourcePosition(source, lineNumber, 0, path);
    }

    /**
     * Returns the input name given at construction.
     *
     * @return the source name; never null
     */
    public String source() {
        return source;
    }

    /** Marks {@code [start, lineEnd)} as the current line and moves on to {@code next}. */
    private boolean take(int lineEnd, int next, boolean ascii) {
        checkLineLength(lineEnd - start);
        this.lineStart = start;
        this.lineEnd = lineEnd;
        this.lineAscii = ascii;
        start = next;
        lineNumber++;
        return true;
    }

    private void checkLineLength(int length) {
        if (length > maxLineBytes) {
            throw new LimitExceededException(
                    new SourcePosition(source, lineNumber + 1, 0, ""),
                    "line is longer than maxFieldLength " + maxLineBytes
                            + " bytes; raise ReaderLimits.maxFieldLength for such lines");
        }
    }

    /** Moves the unread bytes to the front, grows the buffer if full, and reads more. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = readSome();
        if (read < 0) {
            eof = true;
            return false;
        }
        totalBytes += read;
        if (totalBytes > maxFileBytes) {
            throw new LimitExceededException(
                    new SourcePosition(source, lineNumber + 1, 0, ""),
                    "input is larger than maxFileBytes " + maxFileBytes
                            + "; raise ReaderLimits.maxFileBytes to read larger files");
        }
        end += read;
        return true;
    }

    private int readSome() {
        try {
            int read;
            do {
                read = input.read(buffer, end, buffer.length - end);
            } while (read == 0);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " failed", e);
        }
    }
}
