package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.UnsupportedVersionException;
import io.github.receivables.reconciliation.text.LineSource;
import io.github.receivables.reconciliation.text.StatementSink;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Currency;

/**
 * Walks the record structure 01 (02 (03 16* 49)* 98)* 99 and checks every trailer. A 49 total is
 * checked against the sum of the amounts of its account, a 98 total against the sum of its 49
 * totals and a 99 total against the sum of its 98 totals. Record, account and group counts are
 * checked as well.
 */
final class Bai2Parser {

    private final Bai2Lexer lexer;
    private final StatementSink sink;
    private final Bai2Options options;
    private final String source;
    private String fileId;
    private OffsetDateTime created;
    private Bai2Group group;
    private Bai2Account account;
    private BigInteger fileSum = BigInteger.ZERO;
    private long groupCount;
    private long statements;

    Bai2Parser(LineSource lines, StatementHandler handler, Bai2Options options) {
        this.sink = new StatementSink(handler, options.limits());
        this.lexer = new Bai2Lexer(lines, sink, options.lenient());
        this.options = options;
        this.source = lines.source();
    }

    void run() {
        String code = lexer.nextRecord();
        if (!"01".equals(code)) {
            throw new MalformedStatementException(startPosition(code), code == null
                    ? "input is empty; expected record 01 (file header)"
                    : "found record " + code + "; expected record 01 (file header) first");
        }
        fileHeader();
        while (true) {
            code = lexer.nextRecord();
            if (code == null) {
                throw new MalformedStatementException(new SourcePosition(source, 0, 0, ""),
                        "input ended before record " + expectedTrailer()
                                + "; the file is truncated");
            }
            if (code.equals("99")) {
                fileTrailer();
                return;
            }
            record(code);
        }
    }

    private SourcePosition startPosition(String code) {
        return code == null ? new SourcePosition(source, 0, 0, "") : lexer.position();
    }

    private void record(String code) {
        switch (code) {
            case "02" -> {
                require(group == null, "record 98 (group trailer) before the next group");
                group = Bai2Group.read(lexer, options, lexer.physicalRecords() - 1);
            }
            case "03" -> {
                require(group != null && account == null, group == null
                        ? "record 02 (group header) before an account"
                        : "record 49 (account trailer) before the next account");
                account = new Bai2Account(lexer, sink, group, fileId, created,
                        lexer.physicalRecords() - 1);
                account.readHeader();
            }
            case "16" -> {
                require(account != null, "record 03 (account identifier) before a transaction");
                account.readTransaction();
            }
            case "49" -> {
                require(account != null, "record 03 (account identifier) before record 49");
                BigInteger total = account.readTrailer(this::mismatch);
                group.addAccount(total);
                account = null;
                statements++;
            }
            case "98" -> {
                require(group != null && account == null, group == null
                        ? "record 02 (group header) before record 98"
                        : "record 49 (account trailer) before record 98");
                fileSum = fileSum.add(group.readTrailer(lexer, this::mismatch));
                groupCount++;
                group = null;
            }
            case "88" -> throw new MalformedStatementException(lexer.position(),
                    "continuation record 88 follows no record it could continue");
            default -> throw new MalformedStatementException(lexer.position(),
                    "unexpected record code " + code + "; expected " + expectedNext());
        }
    }

    private void fileHeader() {
        SourcePosition position = lexer.position();
        lexer.field();
        lexer.field();
        String date = lexer.field();
        String time = lexer.field();
        fileId = emptyToNull(lexer.field());
        lexer.field();
        lexer.field();
        String version = lexer.field().strip();
        if (!date.isEmpty()) {
            created = Bai2Values.dateTime(Bai2Values.date(date, position, "file creation date"),
                    time, position, "file creation time").atZone(options.zone())
                    .toOffsetDateTime();
        }
        if (!version.equals("2")) {
            if (!options.lenient() || !version.isEmpty()) {
                throw new UnsupportedVersionException(position, "BAI version '" + version
                        + "' in record 01; this reader handles version 2");
            }
            sink.warning(position, "record 01 gives no version; read as version 2");
        }
    }

    private void fileTrailer() {
        require(group == null, "record 98 (group trailer) before record 99");
        SourcePosition position = lexer.position();
        BigInteger stated = Bai2Values.minorUnits(lexer.field(), position, "file control total");
        long groups = Bai2Values.count(lexer.field(), position, "number of groups");
        long records = Bai2Values.count(lexer.field(), position, "number of records");
        compare("file control total", stated, fileSum, position);
        compare("number of groups", groups, groupCount, position);
        compare("number of records", records, lexer.physicalRecords(), position);
        if (lexer.nextRecord() != null) {
            throw new MalformedStatementException(lexer.position(),
                    "record " + lexer.code() + " after record 99 (file trailer); expected the end"
                            + " of the input");
        }
        if (statements == 0) {
            sink.warning(position, "file contains no account records");
        }
    }

    private void compare(String what, Object stated, Object computed, SourcePosition position) {
        if (stated != null && !stated.equals(computed)) {
            mismatch(what, String.valueOf(stated), String.valueOf(computed), position);
        }
    }

    /** Reports a trailer value that differs from what the records add up to. */
    void mismatch(String what, String stated, String computed, SourcePosition position) {
        String message = what + " " + stated + " does not match " + computed
                + ", the value the records add up to; the file may be truncated or altered";
        if (!options.lenient()) {
            throw new InvalidValueException(position, message);
        }
        sink.warning(position, message + " (accepted because the lenient option is set)");
    }

    private void require(boolean condition, String expected) {
        if (!condition) {
            throw new MalformedStatementException(lexer.position(),
                    "unexpected record " + lexer.code() + "; expected " + expected);
        }
    }

    private String expectedTrailer() {
        if (account != null) {
            return "49 (account trailer)";
        }
        if (group != null) {
            return "98 (group trailer)";
        }
        return "99 (file trailer)";
    }

    private String expectedNext() {
        if (account != null) {
            return "16 or 49";
        }
        if (group != null) {
            return "03 or 98";
        }
        return "02 or 99";
    }

    static String emptyToNull(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Receives a trailer mismatch. */
    interface Mismatches {
        void report(String what, String stated, String computed, SourcePosition position);
    }

    static Currency currencyOr(String code, Currency fallback, SourcePosition position) {
        String stripped = code.strip();
        return stripped.isEmpty() ? fallback : Bai2Values.currency(stripped, position);
    }
}
