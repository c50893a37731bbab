package io.github.receivables.reconciliation.text;

import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.LimitExceededException;
import io.github.receivables.reconciliation.statement.ReaderLimits;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementHandler;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Passes one reader's statements to a {@link StatementHandler} and does the bookkeeping every
 * reader shares: the entry limit of the whole file, stable entry ids per statement, the running
 * sum of booked entries and the balance check at the end of each statement. Not thread-safe.
 */
public final class StatementSink {

    private final StatementHandler handler;
    private final ReaderLimits limits;
    private long fileEntries;
    private StatementHeader header;
    private EntryIdentities identities;
    private BigDecimal bookedSum = BigDecimal.ZERO;
    private long statementEntries;

    /**
     * Creates a sink.
     *
     * @param handler receives the statements; never null
     * @param limits the limits of the read; never null
     */
    public StatementSink(StatementHandler handler, ReaderLimits limits) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Tells whether a statement was started and not yet ended.
     *
     * @return true between {@link #start} and {@link #end}
     */
    public boolean inStatement() {
        return header != null;
    }

    /**
     * Returns the header of the open statement.
     *
     * @return the header, or null outside a statement
     */
    public StatementHeader header() {
        return header;
    }

    /**
     * Starts a statement and passes its header on.
     *
     * @param next the header; never null
     * @throws IllegalStateException if a statement is still open
     */
    public void start(StatementHeader next) {
        if (header != null) {
            throw new IllegalStateException("statement " + header.statementId() + " is still open");
        }
        header = next;
        identities = new EntryIdentities(next.account());
        bookedSum = BigDecimal.ZERO;
        statementEntries = 0;
        handler.startStatement(next);
    }

    /**
     * Returns the id source of the open statement.
     *
     * @return the identities; never null inside a statement
     * @throws IllegalStateException outside a statement
     */
    public EntryIdentities identities() {
        if (identities == null) {
            throw new IllegalStateException("no statement is open");
        }
        return identities;
    }

    /**
     * Passes an entry on after checking the entry limit of the file.
     *
     * @param entry the entry; never null
     * @throws LimitExceededException if the file contains more entries than
     *     {@link ReaderLimits#maxEntries()}
     */
    public void entry(StatementEntry entry) {
        fileEntries++;
        if (fileEntries > limits.maxEntries()) {
            throw new LimitExceededException(entry.position(),
                    "file has more than maxEntries " + limits.maxEntries()
                            + " entries; raise ReaderLimits.maxEntries or split the file");
        }
        statementEntries++;
        if (entry.status() == EntryStatus.BOOKED) {
            bookedSum = bookedSum.add(entry.amount().value());
        }
        handler.entry(entry);
    }

    /**
     * Ends the open statement, checking opening plus booked entries against the closing balance.
     *
     * @param closing the closing booked balance, or null when the file gives none
     * @param otherBalances the other balances of the statement; never null
     */
    public void end(Balance closing, List<Balance> otherBalances) {
        end(closing, otherBalances, check(header.opening(), closing));
    }

    /**
     * Ends the open statement with a balance check the reader decided itself.
     *
     * @param closing the closing booked balance, or null
     * @param otherBalances the other balances of the statement; never null
     * @param balanceCheck the check result; never null
     */
    public void end(Balance closing, List<Balance> otherBalances, BalanceCheck balanceCheck) {
        StatementTrailer trailer =
                new StatementTrailer(closing, otherBalances, statementEntries, balanceCheck);
        header = null;
        identities = null;
        handler.endStatement(trailer);
    }

    /**
     * Passes a warning on.
     *
     * @param position where the unusual input is; never null
     * @param message what was unusual and what the reader did; never null
     */
    public void warning(SourcePosition position, String message) {
        handler.warning(new ReaderWarning(position, message));
    }

    /**
     * Throws when a field value is longer than {@link ReaderLimits#maxFieldLength()}.
     *
     * @param length the length of the value so far, in characters
     * @param position where the field is; never null
     * @throws LimitExceededException if the length is over the limit
     */
    public void checkFieldLength(long length, SourcePosition position) {
        if (length > limits.maxFieldLength()) {
            throw new LimitExceededException(position,
                    "field is longer than maxFieldLength " + limits.maxFieldLength()
                            + " characters; raise ReaderLimits.maxFieldLength for such fields");
        }
    }

    private BalanceCheck check(Balance opening, Balance closing) {
        if (opening == null) {
            return new BalanceCheck.NotCheckable("no opening balance");
        }
        if (closing == null) {
            return new BalanceCheck.NotCheckable("no closing balance");
        }
        BigDecimal computed = opening.amount().value().add(bookedSum);
        if (computed.compareTo(closing.amount().value()) == 0) {
            return new BalanceCheck.Consistent();
        }
        return new BalanceCheck.Mismatch(closing.amount().value(), computed);
    }
}
