package io.github.receivables.reconciliation.sii;

import static io.github.receivables.reconciliation.sii.RcvColumns.ACKNOWLEDGED;
import static io.github.receivables.reconciliation.sii.RcvColumns.CLAIM;
import static io.github.receivables.reconciliation.sii.RcvColumns.CUSTOMER_NAME;
import static io.github.receivables.reconciliation.sii.RcvColumns.CUSTOMER_RUT;
import static io.github.receivables.reconciliation.sii.RcvColumns.EXEMPT;
import static io.github.receivables.reconciliation.sii.RcvColumns.FOLIO;
import static io.github.receivables.reconciliation.sii.RcvColumns.ISSUE_DATE;
import static io.github.receivables.reconciliation.sii.RcvColumns.NET;
import static io.github.receivables.reconciliation.sii.RcvColumns.NUMBER;
import static io.github.receivables.reconciliation.sii.RcvColumns.RECEPTION;
import static io.github.receivables.reconciliation.sii.RcvColumns.TOTAL;
import static io.github.receivables.reconciliation.sii.RcvColumns.TYPE;
import static io.github.receivables.reconciliation.sii.RcvColumns.VAT;

import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.io.IOException;
import java.util.List;

/**
 * Turns the rows of one sales register into {@link RcvDocument}s. A row with an empty Nro
 * continues the document above it and adds one more other tax, so each document is handed over
 * when the next one starts or the file ends. One instance reads one file.
 */
final class RcvParser {

    private final CsvLineReader rows;
    private final String source;
    private final RcvReaderOptions options;
    private final RcvHandler handler;
    private RcvColumns columns;
    private RcvDocument pending;
    private long count;

    RcvParser(CsvLineReader rows, String source, RcvReaderOptions options, RcvHandler handler) {
        this.rows = rows;
        this.source = source;
        this.options = options;
        this.handler = handler;
    }

    /** Reads to the end of the file and returns the number of documents handed over. */
    long parse() throws IOException {
        List<String> header = nextNonBlank();
        if (header == null) {
            throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                    "the file is empty: expected an SII sales register with a header row");
        }
        columns = RcvColumns.of(header, new SourcePosition(source, rows.rowLine(), 0, ""));
        for (List<String> row = nextNonBlank(); row != null; row = nextNonBlank()) {
            if (columns.value(row, NUMBER) == null) {
                continueDocument(row);
            } else {
                startDocument(row);
            }
        }
        handOver();
        return count;
    }

    /** Returns the line of the row being read, for error positions. */
    long currentLine() {
        return rows.rowLine();
    }

    private void startDocument(List<String> row) {
        handOver();
        if (columns.value(row, TYPE) == null && columns.value(row, FOLIO) == null) {
            handler.warning(new ReaderWarning(at(NUMBER), "row has a number but no document"
                    + " type or folio, so it was skipped"));
            return;
        }
        if (++count > options.limits().maxEntries()) {
            throw new LimitExceededException(at(NUMBER), "register contains more than the limit of "
                    + options.limits().maxEntries() + " documents");
        }
        pending = readDocument(row);
    }

    private RcvDocument readDocument(List<String> row) {
        RcvRowValues values = new RcvRowValues(columns, row, this::at);
        int type = values.positiveInt(TYPE);
        long folio = values.folio(FOLIO);
        OtherTax tax = values.otherTax();
        return new RcvDocument(at(NUMBER), options.issuerRut(), type,
                values.text(RcvColumns.SALE_TYPE), values.rut(CUSTOMER_RUT),
                values.text(CUSTOMER_NAME), folio, values.date(ISSUE_DATE),
                values.dateTime(RECEPTION), values.dateTime(ACKNOWLEDGED), values.dateTime(CLAIM),
                values.amountOrZero(EXEMPT), values.amountOrZero(NET), values.amountOrZero(VAT),
                values.amount(TOTAL), tax == null ? List.of() : List.of(tax),
                values.reference());
    }

    private void continueDocument(List<String> row) {
        if (pending == null) {
            throw new MalformedStatementException(at(NUMBER), "row has an empty Nro, which marks"
                    + " a continuation row, but no document row comes before it: expected a row"
                    + " with Nro first");
        }
        RcvRowValues values = new RcvRowValues(columns, row, this::at);
        checkSameDocument(values);
        OtherTax tax = values.otherTax();
        if (tax == null) {
            handler.warning(new ReaderWarning(at(NUMBER), "continuation row of folio "
                    + pending.folio() + " carries no other tax, so it was skipped"));
            return;
        }
        pending = pending.withOtherTax(tax);
    }

    private void checkSameDocument(RcvRowValues values) {
        String type = values.text(TYPE);
        String folio = values.text(FOLIO);
        boolean sameType = type == null || type.equals(Integer.toString(pending.typeCode()));
        boolean sameFolio = folio == null || folio.equals(Long.toString(pending.folio()));
        if (!sameType || !sameFolio) {
            throw new MalformedStatementException(at(FOLIO), "continuation row names type " + type
                    + " folio " + folio + " but continues type " + pending.typeCode() + " folio "
                    + pending.folio() + ": expected the same document as the row above");
        }
    }

    private void handOver() {
        if (pending != null) {
            RcvDocument document = pending;
            pending = null;
            handler.document(document);
        }
    }

    private List<String> nextNonBlank() throws IOException {
        for (List<String> row = rows.next(); row != null; row = rows.next()) {
            if (!isBlank(row)) {
                return row;
            }
        }
        return null;
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private SourcePosition at(String column) {
        return new SourcePosition(source, rows.rowLine(), 0,
                columns == null ? "" : columns.header(column));
    }
}
