package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The totals of a DTE in the currency of the transaction: Chilean pesos for national documents,
 * the TpoMoneda currency for export documents (types 110, 111 and 112).
 *
 * @param net the amount subject to VAT (MntNeto), zero when absent; never null
 * @param exempt the amount exempt from VAT (MntExe), zero when absent; never null
 * @param vatRate the VAT rate in percent (TasaIVA), such as 19, or null when absent
 * @param vat the VAT (IVA), zero when absent; never null
 * @param total the total the buyer owes (MntTotal), including VAT and other taxes; never null
 * @param source whether the file declared these totals or the reader computed them; never null
 */
public record DteTotals(Money net, Money exempt, BigDecimal vatRate, Money vat, Money total,
        TotalsSource source) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component other than vatRate is null
     * @throws IllegalArgumentException if the amounts are not all in one currency
     */
    public DteTotals {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(exempt, "exempt");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(source, "source");
        Currency currency = total.currency();
        if (!net.currency().equals(currency) || !exempt.currency().equals(currency)
                || !vat.currency().equals(currency)) {
            throw new IllegalArgumentException("DTE totals must share one currency, got net "
                    + net + ", exempt " + exempt + ", VAT " + vat + " and total " + total);
        }
    }

    /**
     * Returns the currency of the totals.
     *
     * @return the currency of the transaction; never null
     */
    public Currency currency() {
        return total.currency();
    }
}
