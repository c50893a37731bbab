package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Computes the totals of a DTE that has no {@code Totales} element from its {@code Detalle}
 * lines and {@code DscRcgGlobal} discounts and surcharges, the way SII invoicing software does.
 *
 * <p>A line counts as taxable without IndExe, as exempt with IndExe 1, and not at all with any
 * other IndExe (not billable). Its amount is MontoItem, or QtyItem (1 when absent) times PrcItem
 * less DescuentoMonto plus RecargoMonto, rounded half up to the currency's scale. Exempt types
 * (34, 41, 110, 111, 112) count every line as exempt. Receipts of type 39 have gross prices, so
 * their net is the gross divided by 1.19. VAT is 19% of the net, rounded half up.
 */
final class LineTotals {

    /** Chile's VAT rate since 1 October 2003, in percent. */
    static final BigDecimal VAT_RATE = BigDecimal.valueOf(19);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Set<Integer> EXEMPT_TYPES = Set.of(34, 41, 110, 111, 112);
    private static final int GROSS_PRICE_TYPE = 39;

    private final Currency currency;
    private final int scale;
    private BigDecimal taxable = BigDecimal.ZERO;
    private BigDecimal exempt = BigDecimal.ZERO;

    private LineTotals(Currency currency) {
        this.currency = currency;
        this.scale = currency.getDefaultFractionDigits();
    }

    static DteTotals compute(int typeCode, Currency currency, List<RawRow> lines,
            List<RawRow> adjustments) {
        LineTotals totals = new LineTotals(currency);
        lines.forEach(totals::addLine);
        adjustments.forEach(totals::addAdjustment);
        return totals.finish(typeCode);
    }

    private void addLine(RawRow line) {
        BigDecimal amount;
        Raw declared = line.get("MontoItem");
        if (declared != null) {
            amount = declared.decimal("MontoItem");
        } else {
            BigDecimal quantity = decimalOr(line, "QtyItem", BigDecimal.ONE);
            BigDecimal price = decimalOr(line, "PrcItem", BigDecimal.ZERO);
            amount = quantity.multiply(price).setScale(scale, RoundingMode.HALF_UP)
                    .subtract(decimalOr(line, "DescuentoMonto", BigDecimal.ZERO))
                    .add(decimalOr(line, "RecargoMonto", BigDecimal.ZERO));
        }
        add(line.get("IndExe"), amount);
    }

    private void addAdjustment(RawRow adjustment) {
        Raw exemptIndicator = adjustment.get("IndExeDR");
        BigDecimal base = exemptIndicator == null ? taxable : exempt;
        BigDecimal value = decimalOr(adjustment, "ValorDR", BigDecimal.ZERO);
        Raw valueType = adjustment.require("TpoValor", "% or $");
        BigDecimal amount = switch (valueType.text()) {
            case "%" -> base.multiply(value).divide(HUNDRED, scale, RoundingMode.HALF_UP);
            case "$" -> value;
            default -> throw valueType.invalid("TpoValor", "% for a percentage or $ for an amount");
        };
        Raw movement = adjustment.require("TpoMov", "D or R");
        switch (movement.text()) {
            case "D" -> add(exemptIndicator, amount.negate());
            case "R" -> add(exemptIndicator, amount);
            default -> throw movement.invalid("TpoMov", "D for a discount or R for a surcharge");
        }
    }

    private void add(Raw exemptIndicator, BigDecimal amount) {
        if (exemptIndicator == null) {
            taxable = taxable.add(amount);
        } else if (exemptIndicator.text().equals("1")) {
            exempt = exempt.add(amount);
        }
    }

    private DteTotals finish(int typeCode) {
        BigDecimal net = taxable;
        BigDecimal vat;
        BigDecimal rate = VAT_RATE;
        if (EXEMPT_TYPES.contains(typeCode)) {
            exempt = exempt.add(net);
            net = BigDecimal.ZERO;
            vat = BigDecimal.ZERO;
            rate = null;
        } else if (typeCode == GROSS_PRICE_TYPE) {
            BigDecimal gross = net;
            net = gross.multiply(HUNDRED)
                    .divide(HUNDRED.add(VAT_RATE), scale, RoundingMode.HALF_UP);
            vat = gross.subtract(net);
        } else {
            vat = net.multiply(VAT_RATE).divide(HUNDRED, scale, RoundingMode.HALF_UP);
        }
        BigDecimal total = net.add(exempt).add(vat);
        return new DteTotals(money(net), money(exempt), rate, money(vat), money(total),
                TotalsSource.COMPUTED_FROM_LINES);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimalOr(RawRow row, String key, BigDecimal fallback) {
        Raw raw = row.get(key);
        return raw == null ? fallback : raw.decimal(key);
    }
}
