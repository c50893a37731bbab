package io.github.receivables.reconciliation.statement;

import java.math.BigDecimal;

/**
 * Whether opening balance plus booked entries equals the closing balance. A mismatch usually means
 * a missing entry or a bank that marks reversals the other way round, so readers report it and do
 * not correct it.
 */
public sealed interface BalanceCheck {

    /** Opening plus entries equals closing. */
    record Consistent() implements BalanceCheck {}

    /**
     * Opening plus entries differs from closing.
     *
     * @param expectedClosing the closing balance the file states
     * @param computedClosing opening plus the sum of booked entries
     */
    record Mismatch(BigDecimal expectedClosing, BigDecimal computedClosing) implements BalanceCheck {

        /**
         * Returns the difference, stated closing minus computed closing.
         *
         * @return the gap; never null
         */
        public BigDecimal difference() {
            return expectedClosing.subtract(computedClosing);
        }
    }

    /**
     * The check cannot be made.
     *
     * @param reason why, such as "no opening balance" or "notification without balances"
     */
    record NotCheckable(String reason) implements BalanceCheck {}
}
