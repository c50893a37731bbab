package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.text.CountingInputStream;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementException;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementReader;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.xml.sax.SAXException;

/**
 * Reads an Excel workbook with a {@link ColumnMapping}: XLSX (Office Open XML) and legacy XLS
 * (Excel 97-2003), distinguished by their first bytes, never by the file name. The mapping's
 * {@code sheet} selects the worksheet; columns are found by header name or index as for CSV.
 * Numeric cells are taken as numbers and date-formatted cells as dates, so the mapping's number
 * and date formats apply only to cells stored as text.
 *
 * <p>XLSX input is copied to a temporary file readable only by its owner, opened read-only with
 * POI's zip bomb guards tightened (see {@code PoiGuards}), streamed row by row, and deleted. XLS
 * workbooks are loaded whole, which their format bounds to 65,536 rows per sheet. Thread-safe
 * and stateless between calls.
 */
public final class SpreadsheetStatementReader implements StatementReader {

    private final ColumnMapping mapping;
    private final ReaderLimits limits;

    /**
     * Creates a reader with the default limits.
     *
     * @param mapping how to read the columns; never null
     */
    public SpreadsheetStatementReader(ColumnMapping mapping) {
        this(mapping, ReaderLimits.DEFAULTS);
    }

    /**
     * Creates a reader.
     *
     * @param mapping how to read the columns; never null
     * @param limits bounds on input size, entries and cell length; never null
     */
    public SpreadsheetStatementReader(ColumnMapping mapping, ReaderLimits limits) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public StatementFormat format() {
        return StatementFormat.SPREADSHEET;
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
     * Reads the selected worksheet as one statement, or several when the mapping's account column
     * changes value between rows.
     *
     * @throws UnsupportedVersionException if the input is neither XLSX nor XLS
     * @throws MalformedStatementException if the workbook is damaged or truncated, is a ZIP
     *     archive without {@code [Content_Types].xml}, or has invalid XML in the worksheet or
     *     {@code xl/workbook.xml} (with its part, line and column). The message names
     *     {@code source} and the fix.
     * @throws LimitExceededException if the workbook passes POI's zip bomb limits or a limit of
     *     {@link ReaderLimits}
     */
    @Override
    public void read(InputStream input, String source, StatementHandler handler) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(handler, "handler");
        InputStream bytes = new BufferedInputStream(
                new CountingInputStream(input, source, limits.maxFileBytes()));
        TableReader[] table = new TableReader[1];
        XlsxRowSource.SheetNameListener onSheet = name -> table[0] = new TableReader(mapping,
                StatementFormat.SPREADSHEET, source, RowPositions.sheet(source, name), handler,
                limits);
        RowSink sink = row -> table[0].accept(row);
        FileMagic magic = FileMagic.UNKNOWN;
        try {
            magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OOXML) {
                readXlsx(bytes, source, onSheet, sink);
            } else if (magic == FileMagic.OLE2) {
                new XlsRowSource(mapping.sheet(), source, limits.maxFieldLength())
                        .read(bytes, onSheet, sink);
            } else {
                throw new UnsupportedVersionException(new SourcePosition(source, 0, 0, ""),
                        "not an Excel workbook: expected XLSX or XLS content, found " + magic);
            }
        } catch (StatementException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            throw WorkbookErrors.translate(source, magic == FileMagic.OLE2, e);
        }
        table[0].finish();
    }

    private void readXlsx(InputStream bytes, String source, XlsxRowSource.SheetNameListener onSheet,
            RowSink sink)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Path copy = Files.createTempFile("receivables-workbook-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                bytes.transferTo(out);
            }
            WorkbookErrors.checkXlsxArchive(copy, source);
            new XlsxRowSource(mapping.sheet(), source, limits.maxFieldLength())
                    .read(copy, onSheet, sink);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
