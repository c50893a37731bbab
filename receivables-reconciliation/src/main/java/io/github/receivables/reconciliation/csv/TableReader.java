package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHandler;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a stream of table rows into statements: skipped and trailer rows feed the metadata
 * rules, the header row resolves the columns, every other non-blank row becomes an entry. Rows
 * are handled one at a time; only the configured number of trailer rows is held back.
 * A change in the account column ends one statement and starts the next. One instance reads one
 * file.
 */
final class TableReader {

    private final ColumnMapping mapping;
    private final StatementFormat format;
    private final String source;
    private final RowPositions positions;
    private final StatementHandler handler;
    private final ReaderLimits limits;
    private final MetadataCollector metadata;
    private final Pattern trailerPattern;
    private final Deque<TableRow> heldBack = new ArrayDeque<>();
    private ResolvedColumns columns;
    private CellReader cells;
    private EntryRowParser parser;
    private StatementBuilder statement;
    private boolean inTrailer;
    private boolean anyStatement;
    private long entries;
    private String lastAccountText;
    private AccountIdentifier lastAccount;

    TableReader(ColumnMapping mapping, StatementFormat format, String source,
            RowPositions positions, StatementHandler handler, ReaderLimits limits) {
        this.mapping = mapping;
        this.format = format;
        this.source = source;
        this.positions = positions;
        this.handler = handler;
        this.limits = limits;
        this.metadata = new MetadataCollector(mapping.metadata(), positions);
        this.trailerPattern = mapping.trailer().pattern() == null
                ? null
                : Pattern.compile(mapping.trailer().pattern());
        if (!mapping.header()) {
            useColumns(ResolvedColumns.resolve(mapping, null, positions));
        }
    }

    private void useColumns(ResolvedColumns resolved) {
        columns = resolved;
        cells = new CellReader(mapping, resolved, positions);
        parser = new EntryRowParser(mapping, resolved, cells);
    }

    void accept(TableRow row) {
        long headerRow = mapping.skipRows() + 1L;
        if (row.number() < headerRow) {
            metadata.scan(row);
            return;
        }
        if (columns == null) {
            if (row.number() != headerRow) {
                throw new MalformedStatementException(positions.row(row), "expected the header row"
                        + " as row " + headerRow + " but it is empty or missing; check skipRows in"
                        + " mapping '" + mapping.name() + "'");
            }
            useColumns(ResolvedColumns.resolve(mapping, row, positions));
            return;
        }
        if (inTrailer) {
            metadata.scan(row);
            return;
        }
        if (row.isBlank()) {
            return;
        }
        if (trailerPattern != null && startsTrailer(row)) {
            inTrailer = true;
            metadata.scan(row);
            return;
        }
        int held = mapping.trailer().rows();
        if (held > 0) {
            heldBack.addLast(row);
            if (heldBack.size() <= held) {
                return;
            }
            row = heldBack.removeFirst();
        }
        dataRow(row);
    }

    private boolean startsTrailer(TableRow row) {
        int first = row.firstNonBlank();
        return first >= 0 && trailerPattern.matcher(row.cell(first).text().strip()).find();
    }

    private void dataRow(TableRow row) {
        ParsedRow parsed = parser.parse(row, currency(row));
        AccountIdentifier account = account(parsed, row);
        if (statement != null && !statement.account().equals(account)) {
            statement.finish(null);
            statement = null;
        }
        if (statement == null) {
            statement = new StatementBuilder(account);
        }
        if (++entries > limits.maxEntries()) {
            throw new LimitExceededException(positions.row(row), "more than "
                    + limits.maxEntries() + " entries; raise ReaderLimits.maxEntries to read it");
        }
        statement.add(parsed);
    }

    void finish() {
        for (TableRow row : heldBack) {
            metadata.scan(row);
        }
        heldBack.clear();
        if (columns == null) {
            throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                    "the file ends before its header row " + (mapping.skipRows() + 1)
                            + "; check skipRows in mapping '" + mapping.name() + "'");
        }
        if (statement == null && !anyStatement) {
            statement = new StatementBuilder(account(null, null));
        }
        if (statement != null) {
            statement.finish(metadata);
        }
    }

    private String currency(TableRow row) {
        if (mapping.columns().currency() != null) {
            return null;
        }
        String code = knownCurrency();
        if (code == null) {
            throw new InvalidValueException(positions.row(row), "no currency: the CURRENCY"
                    + " metadata rule of mapping '" + mapping.name() + "' matched no row before"
                    + " the first entry");
        }
        return code;
    }

    /** Returns the fixed or metadata currency, or null when none is known (yet). */
    private String knownCurrency() {
        if (mapping.currency() != null) {
            return mapping.currency();
        }
        MetadataCollector.Found found = metadata.get(MetadataField.CURRENCY);
        if (found == null) {
            return null;
        }
        String code = found.value().text().strip().toUpperCase(Locale.ROOT);
        String problem = CellReader.currencyProblem(code);
        if (problem != null) {
            throw new InvalidValueException(found.position(), "CURRENCY metadata " + problem);
        }
        return code;
    }

    private AccountIdentifier account(ParsedRow parsed, TableRow row) {
        if (mapping.account() != null) {
            return accountFor(mapping.account());
        }
        if (mapping.columns().account() != null && row != null) {
            if (parsed.account() == null) {
                throw cells.invalid(row, columns.index(mapping.columns().account()),
                        "columns.account", "is empty; every row needs the account it belongs to");
            }
            return accountFor(parsed.account());
        }
        MetadataCollector.Found found = metadata.get(MetadataField.ACCOUNT);
        if (found != null) {
            return accountFor(found.value().text());
        }
        if (statement != null) {
            return statement.account();
        }
        handler.warning(new ReaderWarning(new SourcePosition(source, 0, 0, ""), "neither the file"
                + " nor mapping '" + mapping.name() + "' names the account; the mapping name is"
                + " used as account, so set 'account' in the mapping to tell accounts apart"));
        return new AccountIdentifier(null, mapping.name(), null);
    }

    /** Returns the identifier for an account text, reusing the last one while the text repeats. */
    private AccountIdentifier accountFor(String text) {
        if (!text.equals(lastAccountText)) {
            lastAccountText = text;
            lastAccount = Ibans.account(text, null);
        }
        return lastAccount;
    }

    /** Collects one statement: emits its header at the first entry and its trailer at the end. */
    private final class StatementBuilder {
        private final AccountIdentifier account;
        private final EntryIdentities identities;
        private final StatementTotals totals;
        private boolean started;

        StatementBuilder(AccountIdentifier account) {
            this.account = Objects.requireNonNull(account);
            this.identities = new EntryIdentities(account);
            String balanceLabel = mapping.columns().balance() == null
                    ? "balance"
                    : columns.key(columns.index(mapping.columns().balance()));
            this.totals = new StatementTotals(mapping, cells, balanceLabel, !anyStatement,
                    handler::warning);
            anyStatement = true;
        }

        AccountIdentifier account() {
            return account;
        }

        void add(ParsedRow row) {
            totals.add(row);
            start(row.currency());
            String id = identities.next(row.bookingDate(), row.amount(), row.bankReference(),
                    row.entryReference(), row.identityText());
            handler.entry(row.toEntry(id, mapping.name()));
        }

        private void start(String firstCurrency) {
            if (started) {
                return;
            }
            started = true;
            String currency = mapping.columns().currency() == null ? firstCurrency : null;
            handler.startStatement(totals.header(format, source, account, currency, metadata));
        }

        void finish(MetadataCollector trailerMetadata) {
            if (!started) {
                started = true;
                String currency = mapping.columns().currency() == null ? knownCurrency() : null;
                handler.startStatement(totals.header(format, source, account, currency, metadata));
            }
            handler.endStatement(totals.trailer(trailerMetadata));
        }
    }
}
