package io.github.receivables.examples.jdbc;

import io.github.receivables.core.money.Money;
import io.github.receivables.spi.store.BankLineKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The {@code line_*} columns of {@code match_decisions}, which hold a decision's {@link
 * BankLineKeys}, and the look-ups of applied decisions by them.
 */
final class LineKeyColumns {

    /** The columns in the order of {@link #params}. */
    static final String COLUMNS = "line_end_to_end_id, line_bank_reference, line_currency,"
            + " line_amount_minor, line_date, line_payer_account, line_payer_name";

    /** The condition that keeps decisions in force; the PostgreSQL partial indexes repeat it. */
    private static final String APPLIED = "status IN ('AUTO_APPLIED', 'CONFIRMED')";

    private LineKeyColumns() {}

    /** Returns the column values of some keys, all null when there are none. */
    static List<Object> params(BankLineKeys keys) {
        if (keys == null) {
            return Sql.params(null, null, null, null, null, null, null);
        }
        return Sql.params(keys.endToEndId(), keys.bankReference(),
                keys.amount().currency().getCurrencyCode(), keys.amount().minorUnits(),
                keys.date(), keys.payerAccount(), keys.payerName());
    }

    /** Reads the keys of a row, or null when the row has none. */
    static BankLineKeys read(ResultSet row) throws SQLException {
        String currency = row.getString("line_currency");
        if (currency == null) {
            return null;
        }
        Money amount = Money.ofMinor(row.getLong("line_amount_minor"),
                Currency.getInstance(currency));
        return new BankLineKeys(row.getString("line_end_to_end_id"),
                row.getString("line_bank_reference"), amount, Sql.date(row, "line_date"),
                row.getString("line_payer_account"), row.getString("line_payer_name"));
    }

    /** Returns the query of applied decisions by one text key column, in creation order. */
    static String byKey(StoreContext context, String select, String column) {
        return select + context.sql(" WHERE " + column + " = ? AND " + APPLIED
                + " ORDER BY created_at, {order:id}");
    }

    /**
     * Returns the query of applied decisions by amount and an optional date window, in creation
     * order, and adds its parameters. Each bound is a condition only when set, so the index on
     * currency, amount and date serves every form.
     */
    static String byAmount(StoreContext context, String select, Money amount, LocalDate from,
            LocalDate to, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE line_currency = ?"
                + " AND line_amount_minor = ? AND " + APPLIED);
        params.add(amount.currency().getCurrencyCode());
        params.add(amount.minorUnits());
        if (from != null) {
            where.append(" AND line_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND line_date <= ?");
            params.add(to);
        }
        return select + context.sql(where + " ORDER BY created_at, {order:id}");
    }
}
