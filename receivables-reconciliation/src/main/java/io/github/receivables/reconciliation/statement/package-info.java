/**
 * Normalized bank statement model shared by every reader: statements, balances, entries and
 * the transaction details inside batch entries, plus the typed errors and limits of the readers.
 *
 * <p>Amounts keep the precision written in the file as {@link java.math.BigDecimal}; conversion to
 * {@link io.github.receivables.core.money.Money} is explicit through {@link StatementAmount#toMoney}.
 */
package io.github.receivables.reconciliation.statement;
