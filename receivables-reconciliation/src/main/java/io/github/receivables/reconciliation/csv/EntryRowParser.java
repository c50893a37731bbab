package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.StatementAmount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the typed values of one entry row as the mapping defines. Not thread-safe. */
final class EntryRowParser {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final ColumnMapping mapping;
    private final ResolvedColumns columns;
    private final CellReader cells;
    private final Map<String, EntryStatus> statuses = new HashMap<>();
    private final Set<String> creditIndicators;
    private final Set<String> debitIndicators;

    EntryRowParser(ColumnMapping mapping, ResolvedColumns columns, CellReader cells) {
        this.mapping = mapping;
        this.columns = columns;
        this.cells = cells;
        mapping.statusValues().forEach((k, v) -> statuses.put(MappingValidator.normalize(k), v));
        creditIndicators = normalized(mapping.amount().creditValues());
        debitIndicators = normalized(mapping.amount().debitValues());
    }

    private static Set<String> normalized(List<String> values) {
        return values.stream().map(MappingValidator::normalize).collect(Collectors.toSet());
    }

    /**
     * Parses a row.
     *
     * @param fixedCurrency the currency of every row, or null when a column gives it
     * @throws InvalidValueException if a cell contains a value the mapping cannot read
     */
    ParsedRow parse(TableRow row, String fixedCurrency) {
        EntryColumns c = mapping.columns();
        String currency = fixedCurrency != null
                ? fixedCurrency
                : cells.currency(row, index(c.currency()), "columns.currency");
        LocalDate bookingDate = cells.date(row, index(c.bookingDate()), "columns.bookingDate");
        if (bookingDate == null) {
            throw cells.invalid(row, index(c.bookingDate()), "columns.bookingDate",
                    "is empty; every entry needs a booking date");
        }
        LocalDate valueDate = cells.date(row, index(c.valueDate()), "columns.valueDate");
        BigDecimal amount = cells.scaled(row, amountColumn(row), "amount", amount(row), currency);
        BigDecimal balance = cells.scaled(row, index(c.balance()), "columns.balance",
                cells.number(row, index(c.balance()), "columns.balance"), currency);
        return new ParsedRow(cells.positions().row(row), bookingDate, valueDate, amount, currency,
                status(row), text(row, c.account()), counterparty(row), remittance(row),
                text(row, c.additionalInfo()), text(row, c.entryReference()),
                text(row, c.bankReference()), text(row, c.endToEndId()), text(row, c.mandateId()),
                text(row, c.transactionCode()), balance, charges(row, currency),
                instructed(row), extra(row));
    }

    private int index(Column column) {
        return columns.index(column);
    }

    private String text(TableRow row, Column column) {
        if (column == null) {
            return null;
        }
        String text = row.cell(index(column)).text().strip();
        return text.isEmpty() ? null : text;
    }

    private int amountColumn(TableRow row) {
        AmountColumns a = mapping.amount();
        return a.amount() != null ? index(a.amount()) : index(a.debit());
    }

    private BigDecimal amount(TableRow row) {
        AmountColumns a = mapping.amount();
        if (a.amount() == null) {
            return splitAmount(row, a);
        }
        int column = index(a.amount());
        BigDecimal value = cells.number(row, column, "amount.amount");
        if (value == null) {
            throw cells.invalid(row, column, "amount.amount",
                    "is empty; every entry needs an amount");
        }
        if (a.indicator() == null) {
            return value;
        }
        int indicatorColumn = index(a.indicator());
        if (value.signum() < 0) {
            throw cells.invalid(row, column, "amount.amount", "is negative although the indicator"
                    + " column " + columns.label(indicatorColumn) + " gives the sign");
        }
        String indicator = MappingValidator.normalize(row.cell(indicatorColumn).text());
        if (creditIndicators.contains(indicator)) {
            return value;
        }
        if (debitIndicators.contains(indicator)) {
            return value.negate();
        }
        throw cells.invalid(row, indicatorColumn, "amount.indicator", "value '"
                + CellReader.shorten(indicator) + "' is neither a credit value "
                + a.creditValues() + " nor a debit value " + a.debitValues());
    }

    private BigDecimal splitAmount(TableRow row, AmountColumns a) {
        int debitColumn = index(a.debit());
        int creditColumn = index(a.credit());
        BigDecimal debit = cells.number(row, debitColumn, "amount.debit");
        BigDecimal credit = cells.number(row, creditColumn, "amount.credit");
        if (debit == null && credit == null) {
            throw cells.invalid(row, debitColumn, "amount.debit", "and " + columns.label(creditColumn)
                    + " are both empty; every entry needs an amount");
        }
        boolean hasDebit = debit != null && debit.signum() != 0;
        boolean hasCredit = credit != null && credit.signum() != 0;
        if (hasDebit && hasCredit) {
            throw cells.invalid(row, debitColumn, "amount.debit", "and " + columns.label(creditColumn)
                    + " both hold an amount; expected one of them");
        }
        if (hasCredit) {
            return credit;
        }
        if (hasDebit) {
            return a.debitSign() == DebitSign.NEGATE ? debit.negate() : debit;
        }
        return BigDecimal.ZERO;
    }

    private EntryStatus status(TableRow row) {
        Column column = mapping.columns().status();
        String value = text(row, column);
        if (value == null) {
            return EntryStatus.BOOKED;
        }
        EntryStatus status = statuses.get(MappingValidator.normalize(value));
        if (status == null) {
            throw cells.invalid(row, index(column), "columns.status", "value '"
                    + CellReader.shorten(value) + "' is not one of statusValues "
                    + mapping.statusValues().keySet());
        }
        return status;
    }

    private Party counterparty(TableRow row) {
        EntryColumns c = mapping.columns();
        String name = text(row, c.counterpartyName());
        AccountIdentifier account =
                Ibans.account(text(row, c.counterpartyAccount()), text(row, c.counterpartyBic()));
        if (name == null && account == null) {
            return Party.UNKNOWN;
        }
        return new Party(name, account, null, null);
    }

    private List<String> remittance(TableRow row) {
        List<String> lines = new ArrayList<>();
        for (Column column : mapping.columns().remittance()) {
            String text = text(row, column);
            if (text == null) {
                continue;
            }
            for (String line : LINE_BREAK.split(text)) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    private StatementAmount charges(TableRow row, String currency) {
        int column = index(mapping.columns().charges());
        BigDecimal value = cells.scaled(row, column, "columns.charges",
                cells.number(row, column, "columns.charges"), currency);
        if (value == null || value.signum() == 0) {
            return null;
        }
        return new StatementAmount(value.abs(), currency);
    }

    private StatementAmount instructed(TableRow row) {
        EntryColumns c = mapping.columns();
        int column = index(c.instructedAmount());
        BigDecimal value = cells.number(row, column, "columns.instructedAmount");
        if (value == null || value.signum() == 0) {
            return null;
        }
        String currency = cells.currency(row, index(c.instructedCurrency()),
                "columns.instructedCurrency");
        return new StatementAmount(
                cells.scaled(row, column, "columns.instructedAmount", value, currency), currency);
    }

    private Map<String, String> extra(TableRow row) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (Column column : mapping.extraColumns()) {
            String text = text(row, column);
            if (text != null) {
                extra.put(columns.key(index(column)), text);
            }
        }
        return extra;
    }
}
