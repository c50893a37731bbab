package io.github.receivables.reconciliation.sii;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import io.github.receivables.reconciliation.text.LimitedInputStream;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the CSV export of an SII sales register (Registro de Compras y Ventas, detalle de
 * ventas): {@code ;} separators, a header row naming the columns, dates as {@code dd/MM/yyyy}
 * and times as {@code dd/MM/yyyy HH:mm:ss}.
 *
 * <p>A row with an empty Nro continues the document above it with one more tax other than VAT
 * (columns Codigo Otro Imp., Valor Otro Imp., Tasa Otro Imp.). Empty rows are skipped, and the
 * text {@code null} counts as empty. A field may be quoted with double quotes to contain
 * {@code ;}. Columns are found by name, in any order, and unknown columns are ignored. A purchase
 * register (header with RUT Proveedor) is rejected, because its documents are payables.
 *
 * <p>Instances are immutable and thread-safe. The reader never closes the stream it is given,
 * and it keeps one document in memory at a time whatever the file size.
 */
public final class RcvSalesReader {

    private static final Logger LOG = LoggerFactory.getLogger(RcvSalesReader.class);

    private final RcvReaderOptions options;

    /**
     * Creates a reader.
     *
     * @param options the issuer RUT, encoding and limits
     * @throws NullPointerException if options is null
     */
    public RcvSalesReader(RcvReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads every document of the register and passes each to the handler.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages, such as the file name
     * @param handler receives the documents and warnings in file order
     * @return the number of documents handed to the handler
     * @throws NullPointerException if an argument is null
     * @throws UnsupportedVersionException if the file is a purchase register
     * @throws MalformedStatementException if the file is empty, lacks a required column, a
     *     required value is empty, or a continuation row has no document above it
     * @throws InvalidValueException if a value is invalid, such as a date that does not exist
     *     or bytes that are not valid in the chosen encoding
     * @throws LimitExceededException if the input passes one of the limits
     */
    public long read(InputStream input, String source, RcvHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        LimitedInputStream limited = new LimitedInputStream(input,
                options.limits().maxFileBytes(), "the input is larger than maxFileBytes");
        BufferedInputStream buffered = new BufferedInputStream(limited);
        RcvParser parser = null;
        Charset charset = null;
        try {
            charset = CharsetSniffer.detect(buffered, options.charset());
            InputStreamReader decoder = new InputStreamReader(buffered, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvLineReader rows = new CsvLineReader(new BufferedReader(decoder), ';',
                    options.limits().maxFieldLength(), source);
            parser = new RcvParser(rows, source, options, handler);
            long count = parser.parse();
            LOG.debug("Read {} sales register documents from {} as {}", count, source, charset);
            return count;
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(position(source, parser), "the bytes are not valid "
                    + charset + " at or after this line: pass the file's encoding with"
                    + " RcvReaderOptions.withCharset, such as ISO-8859-1", e);
        } catch (IOException e) {
            if (limited.exceeded()) {
                throw new LimitExceededException(position(source, parser), "file is larger than"
                        + " the limit of " + limited.maxBytes() + " bytes: raise maxFileBytes in"
                        + " the reader limits if the file is genuine");
            }
            throw new MalformedStatementException(position(source, parser),
                    "the input could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every document of the register into a list. Meant for files of ordinary size;
     * warnings are dropped, so use {@link #read} to see them.
     *
     * @param input the file content; not closed by this method
     * @param source a name for the input used in positions and messages
     * @return the documents in file order; never null
     * @throws NullPointerException if an argument is null
     * @throws io.github.receivables.reconciliation.statement.StatementException as
     *     {@link #read} does
     */
    public List<RcvDocument> readAll(InputStream input, String source) {
        List<RcvDocument> documents = new ArrayList<>();
        read(input, source, documents::add);
        return documents;
    }

    private static SourcePosition position(String source, RcvParser parser) {
        return new SourcePosition(source, parser == null ? 0 : parser.currentLine(), 0, "");
    }
}
