package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.text.StatementSink;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one statement as they arrive. The header is passed on at the first :61: or
 * closing balance, because the opening balance and currency come before them. Each entry is passed
 * on once the fields that may follow its :61: are in: :86: and bank-specific tags such as :NS:.
 */
final class Mt940Statement {

    private final StatementSink sink;
    private final Mt940Options options;
    private final SourcePosition start;
    private final String messageType;
    private final List<Balance> otherBalances = new ArrayList<>();
    private final EntryBuilder entries;
    private final LastDate lastDate = new LastDate();
    private String statementId;
    private BalanceFields.AccountField account;
    private String sequence;
    private Balance opening;
    private Balance closing;
    private String floorLimitCurrency;
    private OffsetDateTime created;
    private boolean interimReport;
    private BalanceFields.Summary debitSummary;
    private BalanceFields.Summary creditSummary;

    Mt940Statement(StatementSink sink, Mt940Options options, SourcePosition start,
            String messageType, InformationParser informationParser) {
        this.sink = sink;
        this.options = options;
        this.start = start;
        this.messageType = messageType;
        this.entries = new EntryBuilder(sink, informationParser);
    }

    boolean hasClosing() {
        return closing != null;
    }

    void field(String tag, String text, long line) {
        DateContext context =
                new DateContext(start.source(), line, tag, options.lenientDates(), sink, lastDate);
        switch (tag) {
            case "20" -> statementId = text.replace("\n", "").strip();
            case "21" -> { }
            case "25" -> account = BalanceFields.account(text, context);
            case "28", "28C" -> sequence = text.replace("\n", "").strip();
            case "60F" -> opening(BalanceFields.balance(text, BalanceType.OPENING_BOOKED, "60F",
                    context), context);
            case "60M" -> opening(BalanceFields.balance(text, BalanceType.INTERIM_BOOKED, "60M",
                    context), context);
            case "61" -> {
                entries.flush();
                startHeader();
                entries.line(StatementLine.parse(text, context), context.position());
            }
            case "62F" -> closing(BalanceFields.balance(text, BalanceType.CLOSING_BOOKED, "62F",
                    context));
            case "62M" -> closing(BalanceFields.balance(text, BalanceType.INTERIM_BOOKED, "62M",
                    context));
            case "64" -> other(BalanceFields.balance(text, BalanceType.CLOSING_AVAILABLE, "64",
                    context));
            case "65" -> other(BalanceFields.balance(text, BalanceType.FORWARD_AVAILABLE, "65",
                    context));
            case "34F" -> {
                interimReport = true;
                floorLimitCurrency = BalanceFields.floorLimitCurrency(text, context);
            }
            case "13", "13D" -> {
                interimReport = true;
                created = BalanceFields.dateTime(text, context);
            }
            case "90D" -> debitSummary = BalanceFields.summary(text, context);
            case "90C" -> creditSummary = BalanceFields.summary(text, context);
            default -> entries.extra(tag, text, context);
        }
    }

    /** Passes an :86: field to the entry of the latest :61:, or warns when there is none. */
    void information(InformationField field, long line) {
        if (!entries.information(field)) {
            sink.warning(new SourcePosition(start.source(), line, 0, ":86:"),
                    "information field :86: that follows no :61: entry ignored");
        }
    }

    private void opening(Balance balance, DateContext context) {
        if (sink.inStatement()) {
            context.warn("opening balance :" + balance.code()
                    + ": after the first entry; kept as another balance");
            otherBalances.add(balance);
        } else {
            opening = balance;
        }
    }

    private void closing(Balance balance) {
        entries.flush();
        startHeader();
        closing = balance;
    }

    private void other(Balance balance) {
        entries.flush();
        startHeader();
        otherBalances.add(balance);
    }

    void end() {
        entries.flush();
        startHeader();
        boolean interim = sink.header().format() == StatementFormat.MT942;
        entries.checkSummaries(debitSummary, creditSummary, start);
        if (interim && (opening == null || closing == null)) {
            sink.end(closing, otherBalances, new BalanceCheck.NotCheckable(
                    "MT942 interim report without opening and closing balances"));
            return;
        }
        if (closing == null) {
            sink.warning(start, "statement has no closing balance :62F: or :62M:");
        }
        sink.end(closing, otherBalances);
    }

    private void startHeader() {
        if (sink.inStatement()) {
            return;
        }
        if (account == null) {
            throw new MalformedStatementException(start,
                    "statement has no :25: account identification; expected :25: after :20:");
        }
        String currency = opening != null ? opening.amount().currency()
                : floorLimitCurrency != null ? floorLimitCurrency : account.currency();
        if (currency == null) {
            throw new MalformedStatementException(start, "statement gives no currency; expected"
                    + " a :60F: opening balance or a :34F: floor limit before the entries");
        }
        StatementFormat format = interimReport || "942".equals(messageType)
                ? StatementFormat.MT942 : StatementFormat.MT940;
        sink.start(new StatementHeader(format, start.source(), null, statementId,
                account.account(), currency, sequence, created, null, null, opening));
        entries.currency(currency);
    }
}
