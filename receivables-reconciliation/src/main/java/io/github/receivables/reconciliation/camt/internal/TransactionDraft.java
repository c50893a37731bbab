package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.StatementAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code TxDtls} as read, before amounts are settled against its entry. */
final class TransactionDraft {

    StatementAmount amount;
    CreditDebit direction;
    StatementAmount transactionAmount;
    StatementAmount counterValue;
    StatementAmount instructed;
    StatementAmount charges;
    String endToEndId;
    String instructionId;
    String transactionId;
    String uetr;
    String mandateId;
    final PartyDraft debtor = new PartyDraft();
    final PartyDraft creditor = new PartyDraft();
    final PartyDraft ultimateDebtor = new PartyDraft();
    final PartyDraft ultimateCreditor = new PartyDraft();
    final List<String> remittance = new ArrayList<>(2);
    CreditorReference creditorReference;
    String returnReason;
    CodeDraft code;
    final Map<String, String> extra = new LinkedHashMap<>();

    /**
     * Returns the first amount of this transaction written in the given currency:
     * {@code TxDtls/Amt}, then {@code AmtDtls/TxAmt}, then {@code AmtDtls/CntrValAmt}.
     *
     * @return the unsigned amount, or null when none is in that currency
     */
    StatementAmount ownAmount(String currency) {
        for (StatementAmount candidate : new StatementAmount[] {amount, transactionAmount, counterValue}) {
            if (candidate != null && candidate.currency().equals(currency)) {
                return candidate;
            }
        }
        return null;
    }

    /** Returns any amount written for this transaction, whatever its currency, or null. */
    StatementAmount writtenAmount() {
        return amount != null ? amount : transactionAmount;
    }

    /** Returns the first remittance line, end-to-end id or null, for identities. */
    String identityText() {
        if (endToEndId != null) {
            return endToEndId;
        }
        return remittance.isEmpty() ? null : remittance.get(0);
    }

    void put(String key, String value) {
        if (value != null && !value.isEmpty()) {
            extra.putIfAbsent(key, value);
        }
    }

    void append(String key, String value) {
        if (value != null && !value.isEmpty()) {
            extra.merge(key, value, (old, added) -> old + " " + added);
        }
    }
}
