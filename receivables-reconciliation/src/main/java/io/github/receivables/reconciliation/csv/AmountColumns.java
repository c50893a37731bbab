package io.github.receivables.reconciliation.csv;

import java.util.List;

/**
 * Where a row's amount is and how its sign is decided. Three layouts are supported:
 *
 * <ul>
 *   <li>one signed amount column ({@code amount});
 *   <li>one unsigned amount column plus an indicator column whose value says credit or debit
 *       ({@code amount}, {@code indicator}, {@code creditValues}, {@code debitValues}), such as
 *       {@code S}/{@code H}, {@code D}/{@code C} or {@code Debit}/{@code Credit};
 *   <li>separate debit and credit columns ({@code debit}, {@code credit}, {@code debitSign}).
 * </ul>
 *
 * @param amount the amount column, or null for the debit and credit layout
 * @param debit the debit column, or null
 * @param credit the credit column, or null
 * @param debitSign how to read the debit column; never null after construction (default
 *     {@link DebitSign#NEGATE})
 * @param indicator the credit/debit indicator column, or null
 * @param creditValues indicator values meaning credit, compared trimmed and ignoring case; never
 *     null
 * @param debitValues indicator values meaning debit, compared trimmed and ignoring case; never null
 */
public record AmountColumns(
        Column amount,
        Column debit,
        Column credit,
        DebitSign debitSign,
        Column indicator,
        List<String> creditValues,
        List<String> debitValues) {

    /** Fills defaults and copies the lists. Consistency is checked by {@link ColumnMapping}. */
    public AmountColumns {
        debitSign = debitSign == null ? DebitSign.NEGATE : debitSign;
        creditValues = creditValues == null ? List.of() : List.copyOf(creditValues);
        debitValues = debitValues == null ? List.of() : List.copyOf(debitValues);
    }

    /**
     * Creates the layout with one signed amount column.
     *
     * @param amount the column; never null
     * @return the layout
     */
    public static AmountColumns signed(Column amount) {
        return new AmountColumns(amount, null, null, null, null, null, null);
    }

    /**
     * Creates the layout with an unsigned amount column and an indicator column.
     *
     * @param amount the unsigned amount column; never null
     * @param indicator the indicator column; never null
     * @param creditValues indicator values meaning credit; never empty
     * @param debitValues indicator values meaning debit; never empty
     * @return the layout
     */
    public static AmountColumns indicated(
            Column amount, Column indicator, List<String> creditValues, List<String> debitValues) {
        return new AmountColumns(amount, null, null, null, indicator, creditValues, debitValues);
    }

    /**
     * Creates the layout with separate debit and credit columns.
     *
     * @param debit the debit column; never null
     * @param credit the credit column; never null
     * @param debitSign how to read the debit column; never null
     * @return the layout
     */
    public static AmountColumns split(Column debit, Column credit, DebitSign debitSign) {
        return new AmountColumns(null, debit, credit, debitSign, null, null, null);
    }
}
