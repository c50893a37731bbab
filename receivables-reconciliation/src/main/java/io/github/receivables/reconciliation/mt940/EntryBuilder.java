package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.EntryStatus;
import io.github.receivables.reconciliation.statement.SourcePosition;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import io.github.receivables.reconciliation.text.StatementSink;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Holds the entry of the latest :61: until its :86: and other trailing fields are in. */
final class EntryBuilder {

    private final StatementSink sink;
    private final InformationParser informationParser;
    private String currency;
    private StatementLine line;
    private SourcePosition position;
    private InformationField information;
    private Map<String, String> extra;
    private long creditCount;
    private long debitCount;
    private BigDecimal creditSum = BigDecimal.ZERO;
    private BigDecimal debitSum = BigDecimal.ZERO;

    EntryBuilder(StatementSink sink, InformationParser informationParser) {
        this.sink = sink;
        this.informationParser = informationParser;
    }

    void currency(String code) {
        currency = code;
    }

    void line(StatementLine next, SourcePosition at) {
        line = next;
        position = at;
        information = null;
        extra = null;
    }

    /**
     * Keeps the :86: field of the current entry.
     *
     * @return false when there is no entry or it has its :86: already, and the field is ignored
     */
    boolean information(InformationField field) {
        if (line == null || information != null) {
            return false;
        }
        information = field;
        return true;
    }

    /** Keeps a bank-specific field such as :NS: with the current entry. */
    void extra(String tag, String text, DateContext context) {
        if (line == null) {
            context.warn("field :" + tag + ": outside an entry ignored");
            return;
        }
        if (extra == null) {
            extra = new HashMap<>();
        }
        extra.merge(tag, text, (a, b) -> a + "\n" + b);
    }

    void flush() {
        if (line == null) {
            return;
        }
        StatementEntry entry = build();
        line = null;
        sink.entry(entry);
        if (entry.direction() == CreditDebit.CREDIT) {
            creditCount++;
            creditSum = creditSum.add(entry.amount().value());
        } else {
            debitCount++;
            debitSum = debitSum.subtract(entry.amount().value());
        }
    }

    private StatementEntry build() {
        Information info = information == null
                ? Information.NONE : informationParser.parse(information);
        BigDecimal signed =
                line.direction() == CreditDebit.DEBIT ? line.amount().negate() : line.amount();
        StatementAmount amount = new StatementAmount(signed, currency);
        LocalDate date = line.entryDate() != null ? line.entryDate() : line.valueDate();
        String id = sink.identities().next(date, signed, line.bankReference(),
                line.customerReference(), info.text());
        Map<String, String> entryExtra = extra == null ? Map.of() : extra;
        if (line.fundsCode() != null) {
            entryExtra = new HashMap<>(entryExtra);
            entryExtra.put("fundsCode", line.fundsCode());
        }
        TransactionDetails details = new TransactionDetails(
                EntryIdentities.transactionId(id, 0), amount, null, null, info.endToEndId(),
                null, null, null, info.mandateId(), info.counterparty(), info.remittance(),
                info.creditorReference(), info.returnReason(), info.extra());
        return new StatementEntry(id, position, amount, line.direction(), line.reversal(),
                EntryStatus.BOOKED, line.entryDate(), line.valueDate(), line.bankReference(),
                line.customerReference(),
                BankTransactionCode.proprietary(line.transactionType(), "SWIFT"),
                line.supplementaryDetails(), 0, List.of(details), entryExtra);
    }

    /** Warns when the :90D: or :90C: count and sum of an MT942 differ from the entries read. */
    void checkSummaries(BalanceFields.Summary debits, BalanceFields.Summary credits,
            SourcePosition at) {
        if (debits != null && (debits.count() != debitCount
                || debits.amount().compareTo(debitSum) != 0)) {
            sink.warning(at, ":90D: states " + debits.count() + " debits of " + debits.amount()
                    + " but the entries hold " + debitCount + " of " + debitSum);
        }
        if (credits != null && (credits.count() != creditCount
                || credits.amount().compareTo(creditSum) != 0)) {
            sink.warning(at, ":90C: states " + credits.count() + " credits of "
                    + credits.amount() + " but the entries hold " + creditCount + " of "
                    + creditSum);
        }
    }
}
