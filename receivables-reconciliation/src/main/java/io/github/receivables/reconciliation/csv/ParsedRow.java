package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The typed values of one entry row, before the entry gets its identity. */
record ParsedRow(
        SourcePosition position,
        LocalDate bookingDate,
        LocalDate valueDate,
        BigDecimal amount,
        String currency,
        EntryStatus status,
        String account,
        Party counterparty,
        List<String> remittance,
        String additionalInfo,
        String entryReference,
        String bankReference,
        String endToEndId,
        String mandateId,
        String transactionCode,
        BigDecimal balance,
        StatementAmount charges,
        StatementAmount instructed,
        Map<String, String> extra) {

    /** Returns the text that tells look-alike entries apart in {@link EntryIdentities}. */
    String identityText() {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(transactionCode));
        parts.add(String.valueOf(counterparty.name()));
        parts.add(counterparty.account() == null ? "null" : counterparty.account().value());
        parts.add(String.join("\n", remittance));
        parts.add(String.valueOf(endToEndId));
        parts.add(String.valueOf(additionalInfo));
        return String.join("\u001e", parts);
    }

    /** Builds the entry with one transaction. */
    StatementEntry toEntry(String id, String codeIssuer) {
        StatementAmount signed = new StatementAmount(amount, currency);
        TransactionDetails details = new TransactionDetails(
                EntryIdentities.transactionId(id, 0), signed, instructed, charges, endToEndId,
                null, null, null, mandateId, counterparty, remittance, null, null, Map.of());
        BankTransactionCode code = transactionCode == null
                ? BankTransactionCode.UNKNOWN
                : BankTransactionCode.proprietary(transactionCode, codeIssuer);
        CreditDebit direction = amount.signum() < 0 ? CreditDebit.DEBIT : CreditDebit.CREDIT;
        return new StatementEntry(id, position, signed, direction, false, status, bookingDate,
                valueDate, bankReference, entryReference, code, additionalInfo, 0,
                List.of(details), extra);
    }
}
