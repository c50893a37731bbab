package io.github.receivables.reconciliation.text;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Splits a byte stream into lines in constant memory. A line ends at LF, CR LF or a lone CR; the
 * line break is not part of the returned text. Each line is decoded on its own with a
 * {@link TextEncoding}.
 *
 * <p>Limits: the stream may contain at most {@link ReaderLimits#maxFileBytes()} bytes, and a line
 * at most {@link ReaderLimits#maxFieldLength()} bytes, because a line of these formats never
 * contains more than one field's text. Both raise {@link LimitExceededException}. A read failure of the
 * underlying stream is thrown as {@link UncheckedIOException}. Not thread-safe.
 */
public final class LineSource {

    private static final int CHUNK = 64 * 1024;

    private final InputStream input;
    private final String source;
    private final TextEncoding encoding;
    private final int maxLineBytes;
    private final long maxFileBytes;
    private byte[] buffer = new byte[CHUNK];
    private int start;
    private int end;
    private long totalBytes;
    private long lineNumber;
    private boolean eof;
    private boolean skipLineFeed;

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
     */
    public String nextLine() {
        if (skipLineFeed) {
            skipLineFeed = false;
            if (start == end && !fill()) {
                return null;
            }
            if (buffer[start] == '\n') {
                start++;
            }
        }
        int scannedLength = 0;
        int bits = 0;
        while (true) {
            byte[] bytes = buffer;
            int limit = end;
            for (int i = start + scannedLength; i < limit; i++) {
                byte b = bytes[i];
                if (b <= '\r' && (b == '\n' || b == '\r')) {
                    skipLineFeed = b == '\r';
                    return take(i, i + 1, bits >= 0);
                }
                // A byte of 0x80 or more is negative, so bits stays negative once one is seen.
                bits |= b;
            }
            scannedLength = end - start;
            checkLineLength(scannedLength);
            if (!fill()) {
                return start < end ? take(end, end, bits >= 0) : null;
            }
        }
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

    private String take(int lineEnd, int next, boolean ascii) {
        checkLineLength(lineEnd - start);
        String line = encoding.decode(buffer, start, lineEnd - start, ascii);
        start = next;
        lineNumber++;
        return line;
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
