package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.BankTransactionCode;

/** A bank transaction code ({@code BkTxCd}) as read. */
final class CodeDraft {

    String domain;
    String family;
    String subFamily;
    String proprietary;
    String issuer;

    boolean isEmpty() {
        return domain == null && family == null && subFamily == null && proprietary == null;
    }

    BankTransactionCode toCode() {
        return isEmpty() && issuer == null ? BankTransactionCode.UNKNOWN
                : new BankTransactionCode(domain, family, subFamily, proprietary, issuer);
    }

    /** Reads {@code BkTxCd}: {@code Domn/Cd}, {@code Domn/Fmly/Cd}, {@code SubFmlyCd}, {@code Prtry}. */
    static CodeDraft read(XmlCursor cursor) {
        CodeDraft code = new CodeDraft();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Domn" -> code.domain(cursor);
                case "Prtry" -> code.proprietary(cursor);
                default -> cursor.skip();
            }
        }
        return code;
    }

    private void domain(XmlCursor cursor) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Cd" -> domain = PartyParser.empty(cursor.text());
                case "Fmly" -> family(cursor);
                default -> cursor.skip();
            }
        }
    }

    private void family(XmlCursor cursor) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Cd" -> family = PartyParser.empty(cursor.text());
                case "SubFmlyCd" -> subFamily = PartyParser.empty(cursor.text());
                default -> cursor.skip();
            }
        }
    }

    private void proprietary(XmlCursor cursor) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Cd" -> proprietary = PartyParser.empty(cursor.text());
                case "Issr" -> issuer = PartyParser.empty(cursor.text());
                default -> cursor.skip();
            }
        }
    }

    /** Formats the code for a transaction's extra fields, such as {@code PMNT/RCDT/ESCT}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (domain != null) {
            text.append(domain).append('/').append(family).append('/').append(subFamily);
        }
        if (proprietary != null) {
            text.append(text.length() > 0 ? " " : "").append(proprietary);
            if (issuer != null) {
                text.append(" (").append(issuer).append(')');
            }
        }
        return text.toString();
    }
}
