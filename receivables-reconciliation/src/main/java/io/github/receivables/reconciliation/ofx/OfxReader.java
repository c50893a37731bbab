package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.text.CountingInputStream;
import io.github.receivables.reconciliation.text.StatementSink;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Objects;

/**
 * Reads OFX bank and credit card statements: OFX 1.x SGML (header lines, then tags whose leaf
 * elements have no end tag) and OFX 2.x XML (through StAX with DTDs and external entities
 * rejected). A file may hold several statements (STMTRS and CCSTMTRS); each STMTTRN is one entry.
 * Reads element by element in constant memory.
 *
 * <p>The SGML body is decoded with the character set the header names (CHARSET:1252 is
 * windows-1252, ENCODING:UTF-8 is UTF-8, anything else ISO-8859-1). XML is decoded strictly in
 * the encoding its declaration names (UTF-8 when it names none): a byte that is not valid there
 * raises {@link io.github.receivables.reconciliation.statement.MalformedStatementException} with
 * its line and column, and nothing is printed on standard error.
 *
 * <p>Thread-safe: each call of {@link #read} uses its own state. A failure of the input stream is
 * thrown as {@link java.io.UncheckedIOException}.
 */
public final class OfxReader implements StatementReader {

    private final OfxOptions options;

    /** Creates a reader with {@link OfxOptions#DEFAULTS}. */
    public OfxReader() {
        this(OfxOptions.DEFAULTS);
    }

    /**
     * Creates a reader.
     *
     * @param options the settings; never null
     */
    public OfxReader(OfxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Returns {@link StatementFormat#OFX}.
     *
     * @return the format
     */
    @Override
    public StatementFormat format() {
        return StatementFormat.OFX;
    }

    /**
     * Returns the limits of this reader's options, whose warning cap {@link #readAll} applies.
     *
     * @return the limits; never null
     */
    @Override
    public ReaderLimits limits() {
        return options.limits();
    }

    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        StatementSink sink = new StatementSink(handler, options.limits());
        OfxAssembler assembler = new OfxAssembler(sink, options.limits(), source);
        BufferedInputStream buffered = new BufferedInputStream(
                new CountingInputStream(input, source, options.limits().maxFileBytes()));
        OfxHeader header = OfxHeader.read(buffered, source);
        int maxLength = options.limits().maxFieldLength();
        long endLine;
        if (header.xml()) {
            new OfxXmlParser(source, maxLength).parse(buffered, assembler);
            endLine = 0;
        } else {
            if (!header.hasHeader()) {
                sink.warning(new SourcePosition(source, 1, 0, ""),
                        "no OFXHEADER lines; read as OFX 1.x SGML");
            }
            OfxSgmlParser parser = new OfxSgmlParser(
                    new BufferedReader(new InputStreamReader(buffered, header.charset())),
                    source, maxLength, header.lines() + 1);
            parser.parse(assembler);
            endLine = parser.line();
        }
        assembler.finish(new SourcePosition(source, endLine, 0, ""));
    }
}
