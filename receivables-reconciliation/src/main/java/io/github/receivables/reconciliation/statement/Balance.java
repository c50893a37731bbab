package io.github.receivables.reconciliation.statement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A balance reported in a statement.
 *
 * @param type the kind of balance; never null
 * @param code the code as written in the file (such as {@code OPBD}, {@code 60F} or {@code 010});
 *     never null
 * @param amount the signed amount (negative when the balance is a debit); never null
 * @param date the date the balance refers to, or null when the file gives none
 */
public record Balance(BalanceType type, String code, StatementAmount amount, LocalDate date) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if type, code or amount is null
     */
    public Balance {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
    }
}
