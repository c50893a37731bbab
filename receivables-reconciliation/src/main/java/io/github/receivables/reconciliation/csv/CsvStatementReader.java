package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.text.CountingInputStream;
import io.github.receivables.reconciliation.text.StrictDecodingReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads delimited text (CSV) with a {@link ColumnMapping}, one record at a time in constant
 * memory. A byte order mark at the start selects UTF-8, UTF-16LE or UTF-16BE and is skipped;
 * otherwise the mapping's encoding applies. Bytes that are invalid in that encoding are an
 * error, never replaced. Thread-safe and stateless between calls.
 */
public final class CsvStatementReader implements StatementReader {

    private final ColumnMapping mapping;
    private final ReaderLimits limits;

    /**
     * Creates a reader with the default limits.
     *
     * @param mapping how to read the columns; never null
     */
    public CsvStatementReader(ColumnMapping mapping) {
        this(mapping, ReaderLimits.DEFAULTS);
    }

    /**
     * Creates a reader.
     *
     * @param mapping how to read the columns; never null
     * @param limits bounds on input size, entries and field length; never null
     */
    public CsvStatementReader(ColumnMapping mapping, ReaderLimits limits) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Returns the mapping this reader applies.
     *
     * @return the mapping; never null
     */
    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public StatementFormat format() {
        return StatementFormat.CSV;
    }

    /**
     * Returns the limits given at construction, whose warning cap {@link #readAll} applies.
     *
     * @return the limits; never null
     */
    @Override
    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Reads the file as one statement, or several when the mapping's account column changes
     * value between rows.
     *
     * @throws InvalidValueException also when the bytes are not valid in the file's encoding.
     *     Its position is the line and character column of the first invalid byte, and its
     *     message shows those bytes in hexadecimal and names encodings the file is likely in.
     */
    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        RowPositions positions = RowPositions.csv(source);
        TableReader table = new TableReader(
                mapping, StatementFormat.CSV, source, positions, handler, limits);
        try {
            Reader text = decode(new CountingInputStream(input, source, limits.maxFileBytes()));
            CsvTokenizer tokenizer = new CsvTokenizer(text, mapping.delimiter(), mapping.quote(),
                    limits.maxFieldLength(), source);
            for (List<String> fields = tokenizer.next(); fields != null; fields = tokenizer.next()) {
                table.accept(row(tokenizer, fields));
            }
        } catch (StrictDecodingReader.InvalidBytesException e) {
            throw new InvalidValueException(
                    new SourcePosition(source, e.line(), e.column(), ""),
                    EncodingAdvice.message(e, mapping.name()), e);
        } catch (IOException e) {
            throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                    "the input could not be read: " + e.getMessage(), e);
        }
        table.finish();
    }

    private static TableRow row(CsvTokenizer tokenizer, List<String> fields) {
        List<CellValue> cells = new ArrayList<>(fields.size());
        for (String field : fields) {
            cells.add(field.isEmpty() ? CellValue.EMPTY : new CellValue.Text(field));
        }
        return new TableRow(tokenizer.recordNumber(), tokenizer.recordLine(), cells);
    }

    /** Picks the character set from a byte order mark, else from the mapping. */
    private Reader decode(InputStream bytes) throws IOException {
        PushbackInputStream in = new PushbackInputStream(bytes, 3);
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        Charset charset;
        int bomLength = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else {
            charset = Charset.forName(mapping.encoding());
        }
        if (n > bomLength) {
            in.unread(head, bomLength, n - bomLength);
        }
        return new StrictDecodingReader(in, charset, bomLength > 0);
    }
}
