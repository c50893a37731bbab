package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code Ntry} as read, before it becomes a {@code StatementEntry}. */
final class EntryDraft {

    final SourcePosition position;
    String entryReference;
    StatementAmount amount;
    CreditDebit direction;
    boolean reversal;
    EntryStatus status;
    String statusCode;
    LocalDate bookingDate;
    LocalDate valueDate;
    String bankReference;
    CodeDraft code;
    StatementAmount charges;
    StatementAmount instructed;
    String additionalInfo;
    int declaredTransactions;
    final List<TransactionDraft> transactions = new ArrayList<>(1);
    final Map<String, String> extra = new LinkedHashMap<>();

    EntryDraft(SourcePosition position) {
        this.position = position;
    }

    void put(String key, String value) {
        if (value != null && !value.isEmpty()) {
            extra.putIfAbsent(key, value);
        }
    }

    /** Returns the signed entry amount: credits positive, debits negative. */
    StatementAmount signedAmount() {
        return direction == CreditDebit.DEBIT ? amount.negate() : amount;
    }
}
