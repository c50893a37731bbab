package io.github.receivables.examples.quickstart.portfolio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Reports progress of a long import on the error stream: one line per 1,000 documents, with the
 * share of the file read when its size is known. Not thread-safe.
 */
final class ImportProgress {

    static final int STEP = 1_000;

    private final PrintStream out;
    private final String file;
    private final long size;
    private long count;
    private CountingStream stream;

    ImportProgress(PrintStream out, String file, long size) {
        this.out = Objects.requireNonNull(out, "out");
        this.file = Objects.requireNonNull(file, "file");
        this.size = size;
    }

    /** Wraps the file's stream so the bytes read can be counted. */
    InputStream track(InputStream in) {
        stream = new CountingStream(in);
        return stream;
    }

    /** Counts one more document and prints a line at every step. */
    void documentRead() {
        count++;
        if (count % STEP != 0) {
            return;
        }
        if (size > 0 && stream != null) {
            long percent = Math.min(100, stream.bytes * 100 / size);
            out.printf(Locale.ROOT, "  %s: %,d documents read (%d%%)%n", file, count, percent);
        } else {
            out.printf(Locale.ROOT, "  %s: %,d documents read%n", file, count);
        }
    }

    long count() {
        return count;
    }

    private static final class CountingStream extends FilterInputStream {
        private long bytes;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                bytes++;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                bytes += read;
            }
            return read;
        }
    }
}
