package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Balance;
import io.github.receivables.reconciliation.statement.BalanceCheck;
import io.github.receivables.reconciliation.statement.BalanceType;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementFormat;
import io.github.receivables.reconciliation.statement.StatementHeader;
import io.github.receivables.reconciliation.statement.StatementTrailer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds one statement's header and trailer from the metadata facts and the entries. Facts known
 * at the first entry go to the first statement's header; balances and control totals found by
 * the end of the file go to the last statement's trailer.
 */
final class StatementTotals {

    private final ColumnMapping mapping;
    private final CellReader cells;
    private final BalanceTracker tracker;
    private final boolean firstStatement;
    private final Consumer<ReaderWarning> warnings;
    private Balance headerOpening;
    private String currency;
    private long entryCount;

    StatementTotals(ColumnMapping mapping, CellReader cells, String balanceLabel,
            boolean firstStatement, Consumer<ReaderWarning> warnings) {
        this.mapping = mapping;
        this.cells = cells;
        this.tracker = new BalanceTracker(mapping.rowOrder(), balanceLabel);
        this.firstStatement = firstStatement;
        this.warnings = warnings;
    }

    void add(ParsedRow row) {
        if (currency == null) {
            currency = row.currency();
        }
        entryCount++;
        tracker.add(row, warnings);
    }

    StatementHeader header(StatementFormat format, String source, AccountIdentifier account,
            String headerCurrency, MetadataCollector metadata) {
        if (currency == null) {
            currency = headerCurrency;
        }
        String statementId = null;
        LocalDate from = null;
        LocalDate to = null;
        if (firstStatement) {
            statementId = text(metadata.get(MetadataField.STATEMENT_ID));
            from = date(metadata.get(MetadataField.FROM_DATE), "FROM_DATE");
            to = date(metadata.get(MetadataField.TO_DATE), "TO_DATE");
            headerOpening = balance(metadata.get(MetadataField.OPENING_BALANCE),
                    BalanceType.OPENING_BOOKED, "OPENING_BALANCE");
        }
        if (headerOpening == null && mapping.rowOrder() == RowOrder.OLDEST_FIRST) {
            headerOpening = tracker.derivedOpening();
        }
        return new StatementHeader(format, source, null, statementId, account, headerCurrency,
                null, null, from, to, headerOpening);
    }

    /**
     * Builds the trailer.
     *
     * @param metadata the file's metadata when this is the last statement, else null
     */
    StatementTrailer trailer(MetadataCollector metadata) {
        List<Balance> others = new ArrayList<>();
        Balance opening = headerOpening;
        if (opening == null) {
            opening = metadata == null ? null : balance(metadata.get(MetadataField.OPENING_BALANCE),
                    BalanceType.OPENING_BOOKED, "OPENING_BALANCE");
            opening = opening != null ? opening : tracker.derivedOpening();
            if (opening != null) {
                others.add(opening);
            }
        }
        Balance closing = closing(metadata);
        if (metadata != null) {
            checkControlTotal(metadata.get(MetadataField.TOTAL_CREDITS), tracker.credits(),
                    "credits");
            checkControlTotal(metadata.get(MetadataField.TOTAL_DEBITS), tracker.debits(), "debits");
        }
        return new StatementTrailer(closing, others, entryCount, check(opening, closing));
    }

    private Balance closing(MetadataCollector metadata) {
        Balance derived = tracker.derivedClosing();
        Balance stated = metadata == null ? null : balance(
                metadata.get(MetadataField.CLOSING_BALANCE), BalanceType.CLOSING_BOOKED,
                "CLOSING_BALANCE");
        if (stated == null) {
            return derived;
        }
        if (derived != null && derived.amount().value().compareTo(stated.amount().value()) != 0) {
            warnings.accept(new ReaderWarning(metadata.get(MetadataField.CLOSING_BALANCE).position(),
                    "the stated closing balance " + stated.amount().value().toPlainString()
                            + " differs from the last running balance "
                            + derived.amount().value().toPlainString()));
        }
        return stated;
    }

    private BalanceCheck check(Balance opening, Balance closing) {
        if (!tracker.singleCurrency()) {
            return new BalanceCheck.NotCheckable("entries in several currencies");
        }
        if (opening == null) {
            return new BalanceCheck.NotCheckable("no opening balance");
        }
        if (closing == null) {
            return new BalanceCheck.NotCheckable("no closing balance");
        }
        BigDecimal computed = opening.amount().value().add(tracker.bookedSum());
        BigDecimal expected = closing.amount().value();
        return computed.compareTo(expected) == 0
                ? new BalanceCheck.Consistent()
                : new BalanceCheck.Mismatch(expected, computed);
    }

    private void checkControlTotal(MetadataCollector.Found found, BigDecimal actual, String what) {
        if (found == null || currency == null) {
            return;
        }
        BigDecimal stated = amount(found, "TOTAL_" + what.toUpperCase(java.util.Locale.ROOT));
        if (stated.abs().compareTo(actual) != 0) {
            warnings.accept(new ReaderWarning(found.position(), "the file states total " + what
                    + " of " + stated.abs().toPlainString() + " but the booked entries add up to "
                    + actual.toPlainString()));
        }
    }

    private Balance balance(MetadataCollector.Found found, BalanceType type, String field) {
        if (found == null || currency == null) {
            return null;
        }
        return new Balance(type, found.label(), new StatementAmount(amount(found, field), currency),
                null);
    }

    private BigDecimal amount(MetadataCollector.Found found, String field) {
        BigDecimal value = cells.number(found.value(), field + " metadata", found::position);
        if (value == null) {
            throw new io.github.receivables.reconciliation.statement.InvalidValueException(
                    found.position(), field + " metadata is empty");
        }
        return cells.scaled(value, currency, field + " metadata", found::position);
    }

    private LocalDate date(MetadataCollector.Found found, String field) {
        return found == null ? null : cells.date(found.value(), field + " metadata", found::position);
    }

    private static String text(MetadataCollector.Found found) {
        return found == null ? null : found.value().text().strip();
    }
}
