package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.StatementAmount;

/**
 * Reads charges ({@code Chrgs}). Version 2 repeats {@code Chrgs} with an {@code Amt} each;
 * version 3 on has one {@code Chrgs} with {@code TtlChrgsAndTaxAmt} and {@code Rcrd/Amt}
 * records. The total is taken when given, else the records are added up.
 */
final class Charges {

    private Charges() {}

    /**
     * Reads one {@code Chrgs} element and adds it to a running total.
     *
     * @param total the charges read so far, or null
     * @return the new total as a positive amount, or {@code total} when the element has none
     */
    static StatementAmount read(XmlCursor cursor, StatementAmount total) {
        StatementAmount stated = null;
        StatementAmount records = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "TtlChrgsAndTaxAmt" -> stated = CamtValues.amount(cursor);
                case "Amt" -> records = add(records, CamtValues.amount(cursor));
                case "Rcrd" -> records = add(records, record(cursor));
                default -> cursor.skip();
            }
        }
        return add(total, stated != null ? stated : records);
    }

    private static StatementAmount record(XmlCursor cursor) {
        StatementAmount amount = null;
        while (cursor.nextChild()) {
            if (cursor.name().equals("Amt")) {
                amount = CamtValues.amount(cursor);
            } else {
                cursor.skip();
            }
        }
        return amount;
    }

    /** Adds two amounts of one currency; an amount in another currency than the first is dropped. */
    static StatementAmount add(StatementAmount sum, StatementAmount next) {
        if (sum == null) {
            return next;
        }
        if (next == null || !next.currency().equals(sum.currency())) {
            return sum;
        }
        return new StatementAmount(sum.value().add(next.value()), sum.currency());
    }
}
