package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.CreditDebit;

/**
 * Direction of BAI2 detail type codes by range: 100-399 and the customer-defined 920-959 are
 * credits, 400-699 and 960-999 debits. Other codes (status 001-099 and 900-919, the unused
 * 700-899, and 890 for non-monetary information) have no direction.
 */
final class TypeCodes {

    private TypeCodes() {}

    static CreditDebit direction(int typeCode) {
        if ((typeCode >= 100 && typeCode <= 399) || (typeCode >= 920 && typeCode <= 959)) {
            return CreditDebit.CREDIT;
        }
        if ((typeCode >= 400 && typeCode <= 699) || typeCode >= 960) {
            return CreditDebit.DEBIT;
        }
        return null;
    }
}
