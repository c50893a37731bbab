package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;

/** A 02 group header and the running totals its 98 trailer is checked against. */
final class Bai2Group {

    private final String originator;
    private final LocalDate asOfDate;
    private final Currency currency;
    private final long recordsBefore;
    private BigInteger accountTotals = BigInteger.ZERO;
    private long accounts;

    private Bai2Group(String originator, LocalDate asOfDate, Currency currency,
            long recordsBefore) {
        this.originator = originator;
        this.asOfDate = asOfDate;
        this.currency = currency;
        this.recordsBefore = recordsBefore;
    }

    /**
     * Reads the fields of a 02 record: receiver, originator, group status, as-of date, as-of
     * time, currency and as-of-date modifier.
     */
    static Bai2Group read(Bai2Lexer lexer, Bai2Options options, long recordsBefore) {
        SourcePosition position = lexer.position();
        lexer.field();
        String originator = Bai2Parser.emptyToNull(lexer.field());
        lexer.field();
        LocalDate asOfDate = Bai2Values.date(lexer.field().strip(), position, "as-of date");
        String time = lexer.field().strip();
        if (!time.isEmpty() && !time.equals("2400") && !time.equals("9999")) {
            Bai2Values.dateTime(asOfDate, time, position, "as-of time");
        }
        Currency currency =
                Bai2Parser.currencyOr(lexer.field(), options.defaultCurrency(), position);
        return new Bai2Group(originator, asOfDate, currency, recordsBefore);
    }

    String originator() {
        return originator;
    }

    LocalDate asOfDate() {
        return asOfDate;
    }

    Currency currency() {
        return currency;
    }

    void addAccount(BigInteger controlTotal) {
        accountTotals = accountTotals.add(controlTotal);
        accounts++;
    }

    /**
     * Reads the 98 trailer and checks it.
     *
     * @return the group control total as stated, for the file total
     */
    BigInteger readTrailer(Bai2Lexer lexer, Bai2Parser.Mismatches mismatches) {
        SourcePosition position = lexer.position();
        BigInteger stated = Bai2Values.minorUnits(lexer.field().strip(), position,
                "group control total");
        long accountCount = Bai2Values.count(lexer.field().strip(), position,
                "number of accounts");
        long records = Bai2Values.count(lexer.field().strip(), position, "number of records");
        if (stated != null && !stated.equals(accountTotals)) {
            mismatches.report("group control total", stated.toString(),
                    accountTotals.toString(), position);
        }
        if (accountCount != accounts) {
            mismatches.report("number of accounts", String.valueOf(accountCount),
                    String.valueOf(accounts), position);
        }
        long computedRecords = lexer.physicalRecords() - recordsBefore;
        if (records != computedRecords) {
            mismatches.report("number of records in the group", String.valueOf(records),
                    String.valueOf(computedRecords), position);
        }
        return stated != null ? stated : accountTotals;
    }
}
