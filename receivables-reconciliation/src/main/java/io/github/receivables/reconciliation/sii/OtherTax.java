package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tax other than VAT on a sales register row, such as the additional tax on beverages, from
 * the columns Codigo Otro Imp., Valor Otro Imp. and Tasa Otro Imp.
 *
 * @param code the SII tax code, such as 27 or 271
 * @param rate the rate in percent, such as 10 or 31.5, or null when the row states none
 * @param amount the tax amount; never null
 */
public record OtherTax(int code, BigDecimal rate, Money amount) {

    /**
     * Validates the amount.
     *
     * @throws NullPointerException if amount is null
     */
    public OtherTax {
        Objects.requireNonNull(amount, "amount");
    }
}
