package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.MalformedStatementException;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one STMTTRN as they arrive. Dates and the amount are checked when their element
 * is read, so an error names the line of the bad value. Fields of nested aggregates are kept under
 * {@code AGGREGATE.FIELD}, such as {@code PAYEE.NAME} or {@code BANKACCTTO.ACCTID}.
 */
final class OfxTransaction {

    private final SourcePosition position;
    private final Map<String, String> fields = new HashMap<>();
    private BigDecimal amount;
    private OffsetDateTime posted;
    private OffsetDateTime available;

    OfxTransaction(SourcePosition position) {
        this.position = position;
    }

    void field(String parent, String name, String text, SourcePosition at) {
        if (!parent.equals("STMTTRN")) {
            fields.put(parent + "." + name, text);
            return;
        }
        switch (name) {
            case "TRNAMT" -> amount = OfxValues.amount(text, name, at);
            case "DTPOSTED" -> posted = OfxValues.dateTime(text, name, at);
            case "DTAVAIL" -> available = OfxValues.dateTime(text, name, at);
            case "DTUSER" -> OfxValues.dateTime(text, name, at);
            default -> { }
        }
        fields.put(name, text);
    }

    StatementEntry toEntry(String currency, EntryIdentities identities) {
        if (amount == null || posted == null) {
            throw new MalformedStatementException(position, "STMTTRN has no "
                    + (amount == null ? "TRNAMT" : "DTPOSTED") + "; every transaction needs one");
        }
        CreditDebit direction = amount.signum() < 0 ? CreditDebit.DEBIT : CreditDebit.CREDIT;
        StatementAmount signed = new StatementAmount(amount, currency);
        LocalDate booking = posted.toLocalDate();
        String name = firstOf("NAME", "PAYEE.NAME", "PAYEE");
        String memo = fields.get("MEMO");
        String fitId = fields.get("FITID");
        String refNum = fields.get("REFNUM");
        String id = identities.next(booking, amount, fitId, refNum,
                String.valueOf(name) + "\u001f" + String.valueOf(memo));
        TransactionDetails details = new TransactionDetails(EntryIdentities.transactionId(id, 0),
                signed, null, null, null, null, fields.get("SRVRTID"), null, null, party(name),
                memo == null || memo.isBlank() ? List.of() : List.of(memo), null, null, Map.of());
        String type = fields.get("TRNTYPE");
        Map<String, String> extra = new HashMap<>(fields);
        extra.keySet().removeAll(List.of("TRNAMT", "DTPOSTED", "FITID", "REFNUM", "MEMO"));
        return new StatementEntry(id, position, signed, direction, false, EntryStatus.BOOKED,
                booking, available == null ? null : available.toLocalDate(), fitId, refNum,
                type == null ? BankTransactionCode.UNKNOWN
                        : BankTransactionCode.proprietary(type, "OFX"),
                null, 0, List.of(details), extra);
    }

    /** Returns the first of the fields that is present; some banks write PAYEE as a leaf. */
    private String firstOf(String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private Party party(String name) {
        String accountId = fields.getOrDefault("BANKACCTTO.ACCTID", fields.get("CCACCTTO.ACCTID"));
        AccountIdentifier account = accountId == null ? null
                : new AccountIdentifier(null, accountId, fields.get("BANKACCTTO.BANKID"));
        String address = address();
        if (name == null && account == null && address == null) {
            return Party.UNKNOWN;
        }
        return new Party(name, account, null, address);
    }

    private String address() {
        StringBuilder lines = new StringBuilder();
        for (String key : List.of("PAYEE.ADDR1", "PAYEE.ADDR2", "PAYEE.ADDR3", "PAYEE.CITY",
                "PAYEE.STATE", "PAYEE.POSTALCODE", "PAYEE.COUNTRY")) {
            String value = fields.get(key);
            if (value != null && !value.isBlank()) {
                if (lines.length() > 0) {
                    lines.append('\n');
                }
                lines.append(value);
            }
        }
        return lines.length() == 0 ? null : lines.toString();
    }
}
