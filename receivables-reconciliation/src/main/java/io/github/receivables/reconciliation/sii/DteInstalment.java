package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One scheduled payment of a DTE sold on credit, from an {@code IdDoc/MntPagos} row.
 *
 * @param dueDate the payment date (FchPago); never null
 * @param amount the amount due that day (MntPago) in the document's currency; never null
 * @param description the note on the payment (GlosaPagos), or null
 */
public record DteInstalment(LocalDate dueDate, Money amount, String description) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if dueDate or amount is null
     */
    public DteInstalment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
