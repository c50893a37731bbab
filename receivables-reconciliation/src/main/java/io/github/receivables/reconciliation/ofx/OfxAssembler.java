package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.text.StatementSink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Builds statements from OFX element events: one statement per STMTRS (bank) or CCSTMTRS (credit
 * card), one entry per STMTTRN, LEDGERBAL as the closing balance and AVAILBAL as the closing
 * available balance. OFX gives no opening balance, so the balance check is not possible.
 */
final class OfxAssembler implements OfxEvents {

    private final StatementSink sink;
    private final ReaderLimits limits;
    private final String source;
    private final Deque<String> path = new ArrayDeque<>();
    private OffsetDateTime serverTime;
    private String transactionUid;
    private long statements;
    private SourcePosition statementStart;
    private String currency;
    private String accountId;
    private String bankId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private OfxTransaction transaction;
    private BigDecimal balanceAmount;
    private OffsetDateTime balanceDate;
    private Balance ledger;
    private List<Balance> otherBalances;

    OfxAssembler(StatementSink sink, ReaderLimits limits, String source) {
        this.sink = sink;
        this.limits = limits;
        this.source = source;
    }

    @Override
    public void start(String name, SourcePosition position) {
        if (path.size() >= limits.maxDepth()) {
            throw new LimitExceededException(position, "elements nest deeper than maxDepth "
                    + limits.maxDepth() + "; raise ReaderLimits.maxDepth for such files");
        }
        path.push(name);
        switch (name) {
            case "STMTRS", "CCSTMTRS" -> startStatement(position);
            case "STMTTRN" -> {
                requireStatement(name, position);
                transaction = new OfxTransaction(position);
            }
            case "LEDGERBAL", "AVAILBAL" -> {
                balanceAmount = null;
                balanceDate = null;
            }
            default -> { }
        }
    }

    @Override
    public void value(String name, String text, SourcePosition position) {
        String parent = parent();
        if (transaction != null) {
            transaction.field(parent, name, text, position);
            return;
        }
        switch (parent + "/" + name) {
            case "SONRS/DTSERVER" -> serverTime = OfxValues.dateTime(text, name, position);
            case "STMTTRNRS/TRNUID", "CCSTMTTRNRS/TRNUID" -> transactionUid = text;
            case "STMTRS/CURDEF", "CCSTMTRS/CURDEF" -> currency = text;
            case "BANKACCTFROM/ACCTID", "CCACCTFROM/ACCTID" -> accountId = text;
            case "BANKACCTFROM/BANKID" -> bankId = text;
            case "BANKTRANLIST/DTSTART" -> fromDate = date(text, name, position, fromDate);
            case "BANKTRANLIST/DTEND" -> toDate = OfxValues.dateTime(text, name, position)
                    .toLocalDate();
            case "LEDGERBAL/BALAMT", "AVAILBAL/BALAMT" ->
                    balanceAmount = OfxValues.amount(text, name, position);
            case "LEDGERBAL/DTASOF", "AVAILBAL/DTASOF" ->
                    balanceDate = OfxValues.dateTime(text, name, position);
            default -> { }
        }
    }

    @Override
    public void end(String name, SourcePosition position) {
        path.pop();
        switch (name) {
            case "STMTTRN" -> {
                startHeader(position);
                OfxTransaction finished = transaction;
                transaction = null;
                sink.entry(finished.toEntry(currency, sink.identities()));
            }
            case "LEDGERBAL", "AVAILBAL" -> balance(name, position);
            case "STMTRS", "CCSTMTRS" -> endStatement(position);
            default -> { }
        }
    }

    /** Returns the name of the element that contains the current one, or "" at the root. */
    private String parent() {
        var names = path.iterator();
        names.next();
        return names.hasNext() ? names.next() : "";
    }

    /** Checks that the input held at least one statement. */
    void finish(SourcePosition position) {
        if (!path.isEmpty()) {
            throw new MalformedStatementException(position,
                    "input ended inside <" + path.peek() + ">; expected </" + path.peek() + ">");
        }
        if (statements == 0) {
            throw new MalformedStatementException(position,
                    "no bank or credit card statement found; expected STMTRS or CCSTMTRS");
        }
    }

    private void startStatement(SourcePosition position) {
        if (statementStart != null) {
            throw new MalformedStatementException(position,
                    "statement starts inside another statement; expected </STMTRS> first");
        }
        statementStart = position;
        currency = null;
        accountId = null;
        bankId = null;
        fromDate = null;
        toDate = null;
        ledger = null;
        otherBalances = new ArrayList<>();
    }

    private void requireStatement(String name, SourcePosition position) {
        if (statementStart == null) {
            throw new MalformedStatementException(position,
                    "<" + name + "> outside a statement; expected it inside STMTRS or CCSTMTRS");
        }
    }

    private LocalDate date(String text, String name, SourcePosition position, LocalDate first) {
        LocalDate date = OfxValues.dateTime(text, name, position).toLocalDate();
        return first != null ? first : date;
    }

    private void balance(String name, SourcePosition position) {
        if (statementStart == null || balanceAmount == null) {
            throw new MalformedStatementException(position,
                    "<" + name + "> without BALAMT or outside a statement");
        }
        requireCurrency(position);
        BalanceType type = name.equals("LEDGERBAL")
                ? BalanceType.CLOSING_BOOKED : BalanceType.CLOSING_AVAILABLE;
        Balance balance = new Balance(type, name, new StatementAmount(balanceAmount, currency),
                balanceDate == null ? null : balanceDate.toLocalDate());
        if (type == BalanceType.CLOSING_BOOKED) {
            ledger = balance;
        } else {
            otherBalances.add(balance);
        }
    }

    private void startHeader(SourcePosition position) {
        if (sink.inStatement()) {
            return;
        }
        requireCurrency(position);
        if (accountId == null || accountId.isBlank()) {
            throw new MalformedStatementException(statementStart, "statement has no ACCTID;"
                    + " expected BANKACCTFROM or CCACCTFROM before the transactions");
        }
        sink.start(new StatementHeader(StatementFormat.OFX, source, null, transactionUid,
                new AccountIdentifier(null, accountId, bankId), currency, null, serverTime,
                fromDate, toDate, null));
    }

    private void requireCurrency(SourcePosition position) {
        if (currency == null || currency.isBlank()) {
            throw new MalformedStatementException(position,
                    "statement has no CURDEF; expected the currency before transactions");
        }
    }

    private void endStatement(SourcePosition position) {
        startHeader(position);
        sink.end(ledger, otherBalances,
                new BalanceCheck.NotCheckable("OFX statements give no opening balance"));
        statementStart = null;
        statements++;
    }
}
