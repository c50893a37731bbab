package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.StatementAmount;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sums booked entries and follows the running balance column: it derives the opening and
 * closing balances and warns where a row's balance does not follow from the row before.
 * Pending and information rows count neither in sums nor in the running balance.
 */
final class BalanceTracker {

    private static final int MAX_WARNINGS = 20;

    private final RowOrder order;
    private final String balanceLabel;
    private final Set<String> currencies = new HashSet<>();
    private BigDecimal bookedSum = BigDecimal.ZERO;
    private BigDecimal credits = BigDecimal.ZERO;
    private BigDecimal debits = BigDecimal.ZERO;
    private ParsedRow firstWithBalance;
    private ParsedRow previous;
    private ParsedRow lastWithBalance;
    private int breaks;

    BalanceTracker(RowOrder order, String balanceLabel) {
        this.order = order;
        this.balanceLabel = balanceLabel;
    }

    void add(ParsedRow row, Consumer<ReaderWarning> warnings) {
        if (row.status() != EntryStatus.BOOKED) {
            return;
        }
        currencies.add(row.currency());
        bookedSum = bookedSum.add(row.amount());
        if (row.amount().signum() > 0) {
            credits = credits.add(row.amount());
        } else {
            debits = debits.subtract(row.amount());
        }
        if (row.balance() == null) {
            previous = null;
            return;
        }
        if (firstWithBalance == null) {
            firstWithBalance = row;
        }
        if (previous != null && currencies.size() == 1) {
            checkContinuity(previous, row, warnings);
        }
        previous = row;
        lastWithBalance = row;
    }

    private void checkContinuity(ParsedRow before, ParsedRow row, Consumer<ReaderWarning> warnings) {
        BigDecimal expected = order == RowOrder.OLDEST_FIRST
                ? before.balance().add(row.amount())
                : before.balance().subtract(before.amount());
        if (expected.compareTo(row.balance()) == 0) {
            return;
        }
        breaks++;
        if (breaks <= MAX_WARNINGS) {
            warnings.accept(new ReaderWarning(row.position(), "running balance "
                    + row.balance().toPlainString() + " does not follow from the row before"
                    + " (expected " + expected.toPlainString() + "); an entry may be missing"));
        } else if (breaks == MAX_WARNINGS + 1) {
            warnings.accept(new ReaderWarning(row.position(),
                    "more running balance breaks follow; only the first " + MAX_WARNINGS
                            + " are reported"));
        }
    }

    boolean singleCurrency() {
        return currencies.size() <= 1;
    }

    BigDecimal bookedSum() {
        return bookedSum;
    }

    BigDecimal credits() {
        return credits;
    }

    BigDecimal debits() {
        return debits;
    }

    /** Returns the balance before the oldest booked row, or null when the column gives none. */
    Balance derivedOpening() {
        ParsedRow oldest = order == RowOrder.OLDEST_FIRST ? firstWithBalance : lastWithBalance;
        if (oldest == null || !singleCurrency()) {
            return null;
        }
        return balance(BalanceType.OPENING_BOOKED, oldest.balance().subtract(oldest.amount()),
                oldest);
    }

    /** Returns the balance after the newest booked row, or null when the column gives none. */
    Balance derivedClosing() {
        ParsedRow newest = order == RowOrder.OLDEST_FIRST ? lastWithBalance : firstWithBalance;
        if (newest == null || !singleCurrency()) {
            return null;
        }
        return balance(BalanceType.CLOSING_BOOKED, newest.balance(), newest);
    }

    private Balance balance(BalanceType type, BigDecimal value, ParsedRow row) {
        return new Balance(type, balanceLabel, new StatementAmount(value, row.currency()),
                row.bookingDate());
    }
}
