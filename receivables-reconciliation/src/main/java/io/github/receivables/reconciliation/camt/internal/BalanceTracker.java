package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects a statement's balances and booked entries and checks that the opening booked balance
 * ({@code OPBD}, or {@code PRCD} when there is no {@code OPBD}) plus the booked entries equals the
 * closing booked balance ({@code CLBD}). Pending and information entries do not count.
 */
final class BalanceTracker {

    private final List<Balance> balances = new ArrayList<>();
    private BigDecimal booked = BigDecimal.ZERO;
    private BigDecimal bookedReversals = BigDecimal.ZERO;
    private String foreignCurrency;

    void add(Balance balance) {
        balances.add(balance);
    }

    void add(StatementEntry entry) {
        if (entry.status() != EntryStatus.BOOKED) {
            return;
        }
        Balance opening = opening();
        if (opening != null && !opening.amount().currency().equals(entry.amount().currency())) {
            foreignCurrency = entry.amount().currency();
        }
        booked = booked.add(entry.amount().value());
        if (entry.reversal()) {
            bookedReversals = bookedReversals.add(entry.amount().value());
        }
    }

    /** Returns the opening booked balance: {@code OPBD}, else {@code PRCD}, else null. */
    Balance opening() {
        Balance previous = null;
        for (Balance balance : balances) {
            if (balance.type() == BalanceType.OPENING_BOOKED) {
                return balance;
            }
            if (previous == null && balance.type() == BalanceType.PREVIOUSLY_CLOSED_BOOKED) {
                previous = balance;
            }
        }
        return previous;
    }

    /** Returns the first closing booked balance ({@code CLBD}), or null. */
    Balance closing() {
        for (Balance balance : balances) {
            if (balance.type() == BalanceType.CLOSING_BOOKED) {
                return balance;
            }
        }
        return null;
    }

    /** Returns every balance except the opening and closing ones, in file order. */
    List<Balance> others() {
        Balance opening = opening();
        Balance closing = closing();
        List<Balance> others = new ArrayList<>(balances);
        others.removeIf(balance -> balance == opening || balance == closing);
        return others;
    }

    /**
     * Checks the balances. When they do not add up but would if every booked reversal counted
     * with the opposite sign, a warning reports that the bank seems to mark reversals with the
     * original direction; the result stays a mismatch.
     */
    BalanceCheck check(SourcePosition position, Consumer<ReaderWarning> warnings) {
        Balance opening = opening();
        Balance closing = closing();
        if (balances.isEmpty()) {
            return new BalanceCheck.NotCheckable("the statement reports no balances");
        }
        if (opening == null) {
            return new BalanceCheck.NotCheckable("no opening booked balance (OPBD or PRCD)");
        }
        if (closing == null) {
            return new BalanceCheck.NotCheckable("no closing booked balance (CLBD)");
        }
        String currency = opening.amount().currency();
        if (!closing.amount().currency().equals(currency) || foreignCurrency != null) {
            return new BalanceCheck.NotCheckable("balances and entries are in different currencies ("
                    + currency + ", " + closing.amount().currency()
                    + (foreignCurrency == null ? "" : ", " + foreignCurrency) + ")");
        }
        BigDecimal expected = closing.amount().value();
        BigDecimal computed = opening.amount().value().add(booked);
        if (computed.compareTo(expected) == 0) {
            return new BalanceCheck.Consistent();
        }
        BigDecimal flipped = computed.subtract(bookedReversals.multiply(BigDecimal.valueOf(2)));
        if (bookedReversals.signum() != 0 && flipped.compareTo(expected) == 0) {
            warnings.accept(new ReaderWarning(position, "the closing balance matches only when"
                    + " reversals (RvslInd) count with the opposite sign; the bank seems to give"
                    + " reversals the direction of the original entry"));
        }
        return new BalanceCheck.Mismatch(expected, computed);
    }

    /** Maps an ISO balance type code to the model's type. */
    static BalanceType type(String code) {
        return switch (code) {
            case "OPBD" -> BalanceType.OPENING_BOOKED;
            case "CLBD" -> BalanceType.CLOSING_BOOKED;
            case "OPAV" -> BalanceType.OPENING_AVAILABLE;
            case "CLAV" -> BalanceType.CLOSING_AVAILABLE;
            case "FWAV" -> BalanceType.FORWARD_AVAILABLE;
            case "ITBD" -> BalanceType.INTERIM_BOOKED;
            case "ITAV" -> BalanceType.INTERIM_AVAILABLE;
            case "PRCD" -> BalanceType.PREVIOUSLY_CLOSED_BOOKED;
            case "XPCD" -> BalanceType.EXPECTED;
            default -> BalanceType.OTHER;
        };
    }
}
