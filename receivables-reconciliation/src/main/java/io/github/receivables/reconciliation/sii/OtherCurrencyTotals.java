package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The totals of an export DTE restated in a second currency, usually Chilean pesos, from the
 * {@code OtraMoneda} element. They are informational: the buyer owes the {@link DteTotals}.
 * Amounts are rounded half up to the currency's scale because the SII allows four decimals here.
 *
 * @param exchangeRate the rate used (TpoCambio), units of this currency per unit of the
 *     transaction currency, or null when absent
 * @param exempt the exempt amount (MntExeOtrMnda), zero when absent; never null
 * @param total the total (MntTotOtrMnda); never null
 */
public record OtherCurrencyTotals(BigDecimal exchangeRate, Money exempt, Money total) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if exempt or total is null
     * @throws IllegalArgumentException if exempt and total differ in currency
     */
    public OtherCurrencyTotals {
        Objects.requireNonNull(exempt, "exempt");
        Objects.requireNonNull(total, "total");
        if (!exempt.currency().equals(total.currency())) {
            throw new IllegalArgumentException("other-currency totals must share one currency, got "
                    + exempt + " and " + total);
        }
    }
}
