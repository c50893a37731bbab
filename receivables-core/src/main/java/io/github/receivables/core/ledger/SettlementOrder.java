package io.github.receivables.core.ledger;

/**
 * The order in which {@link Ledger#autoApply} settles a customer's open items. Within each rule,
 * ties go to the earlier due date, then the earlier issue date, then the smaller document id.
 */
public enum SettlementOrder {
    /** Oldest due date first, charges and principal alike. */
    OLDEST_DUE_FIRST,
    /** Invoices and debit notes first, then interest and fee charges. */
    PRINCIPAL_FIRST,
    /** Interest and fee charges first, then invoices and debit notes. */
    CHARGES_FIRST
}
