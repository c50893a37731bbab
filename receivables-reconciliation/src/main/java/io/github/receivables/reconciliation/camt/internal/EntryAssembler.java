package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.BankTransactionCode;
import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryIdentities;
import io.github.receivables.reconciliation.statement.Party;
import io.github.receivables.reconciliation.statement.ReaderWarning;
import io.github.receivables.reconciliation.statement.StatementAmount;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.TransactionDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns an entry draft into a {@link StatementEntry}: settles each transaction's amount, checks a
 * batch's total, picks the counterparty and gives the entry its stable id.
 *
 * <p>Amount rules: a transaction keeps its own amount in the entry's currency
 * ({@code TxDtls/Amt}, else {@code AmtDtls/TxAmt}, else {@code AmtDtls/CntrValAmt}). A single
 * transaction without one takes the entry amount. In a batch, one transaction without an amount
 * takes the rest of the entry amount, and several without one get zero and the extra field
 * {@code amountMissing}; both cases are reported as warnings. When the transaction amounts do
 * not add up to the entry amount the entry is delivered as written and a warning reports the difference.
 */
final class EntryAssembler {

    private final EntryIdentities identities;
    private final Consumer<ReaderWarning> warnings;

    EntryAssembler(EntryIdentities identities, Consumer<ReaderWarning> warnings) {
        this.identities = identities;
        this.warnings = warnings;
    }

    StatementEntry assemble(EntryDraft draft) {
        List<TransactionDraft> transactions = draft.transactions.isEmpty()
                ? List.of(fromEntry(draft)) : draft.transactions;
        List<StatementAmount> amounts = settleAmounts(draft, transactions);
        TransactionDraft first = transactions.get(0);
        StatementAmount signed = draft.signedAmount();
        String id = identities.next(draft.bookingDate != null ? draft.bookingDate : draft.valueDate,
                signed.value(), draft.bankReference, draft.entryReference, identityText(draft, first));

        List<TransactionDetails> details = new ArrayList<>(transactions.size());
        for (int i = 0; i < transactions.size(); i++) {
            details.add(details(draft, transactions.get(i), amounts.get(i),
                    EntryIdentities.transactionId(id, i), transactions.size() == 1));
        }
        checkDeclaredCount(draft);
        return new StatementEntry(id, draft.position, signed, draft.direction, draft.reversal,
                draft.status, draft.bookingDate, draft.valueDate, draft.bankReference,
                draft.entryReference, code(draft, first), draft.additionalInfo,
                draft.declaredTransactions, details, entryExtra(draft));
    }

    private static TransactionDraft fromEntry(EntryDraft draft) {
        TransactionDraft synthetic = new TransactionDraft();
        synthetic.amount = draft.amount;
        synthetic.direction = draft.direction;
        return synthetic;
    }

    private List<StatementAmount> settleAmounts(EntryDraft draft, List<TransactionDraft> txs) {
        String currency = draft.amount.currency();
        List<StatementAmount> amounts = new ArrayList<>(txs.size());
        BigDecimal known = BigDecimal.ZERO;
        int missing = 0;
        for (TransactionDraft tx : txs) {
            StatementAmount own = tx.ownAmount(currency);
            StatementAmount signed = own == null ? null : signed(own, direction(draft, tx));
            amounts.add(signed);
            if (signed == null) {
                missing++;
            } else {
                known = known.add(signed.value());
            }
        }
        BigDecimal entry = draft.signedAmount().value();
        if (txs.size() == 1 && missing == 1) {
            amounts.set(0, draft.signedAmount());
        } else if (missing == 0 && known.compareTo(entry) != 0) {
            warn(draft, "the transaction amounts add up to " + known.toPlainString()
                    + " but the entry amount is " + entry.toPlainString()
                    + "; the entry and its transactions are kept as written");
        } else if (missing == 1) {
            BigDecimal rest = entry.subtract(known);
            amounts.set(amounts.indexOf(null), new StatementAmount(rest, currency));
            warn(draft, "one transaction of the batch has no amount in " + currency
                    + "; it was given the rest of the entry amount, " + rest.toPlainString());
        } else if (missing > 1) {
            StatementAmount zero = new StatementAmount(BigDecimal.ZERO, currency);
            for (int i = 0; i < amounts.size(); i++) {
                if (amounts.get(i) == null) {
                    amounts.set(i, zero);
                    txs.get(i).put("amountMissing", "true");
                }
            }
            warn(draft, missing + " transactions of the batch have no amount in " + currency
                    + "; they were given zero and the extra field amountMissing");
        }
        return amounts;
    }

    private static CreditDebit direction(EntryDraft draft, TransactionDraft tx) {
        return tx.direction != null ? tx.direction : draft.direction;
    }

    private static StatementAmount signed(StatementAmount amount, CreditDebit direction) {
        return direction == CreditDebit.DEBIT ? amount.negate() : amount;
    }

    private static TransactionDetails details(EntryDraft draft, TransactionDraft tx,
            StatementAmount amount, String id, boolean single) {
        StatementAmount written = tx.writtenAmount();
        if (single && written != null && !written.currency().equals(amount.currency())) {
            tx.put("writtenAmount", written.currency() + " " + written.value().toPlainString());
        }
        StatementAmount instructed = tx.instructed != null || !single ? tx.instructed : draft.instructed;
        StatementAmount charges = tx.charges != null || !single ? tx.charges : draft.charges;
        if (tx.code != null && !tx.code.isEmpty()) {
            tx.put("bankTransactionCode", tx.code.describe());
        }
        return new TransactionDetails(id, amount, instructed, charges, tx.endToEndId,
                tx.instructionId, tx.transactionId, tx.uetr, tx.mandateId,
                counterparty(draft, tx), tx.remittance, tx.creditorReference, tx.returnReason,
                partyExtra(tx));
    }

    /**
     * Picks the payer of a credit or the payee of a debit. A reversal undoes a payment in the
     * opposite direction, so its counterparty is the other side. Banks disagree on that
     * convention, so a reversal falls back to whichever side the file names.
     */
    private static Party counterparty(EntryDraft draft, TransactionDraft tx) {
        boolean originalCredit = (draft.direction == CreditDebit.CREDIT) != draft.reversal;
        PartyDraft primary = originalCredit ? tx.debtor : tx.creditor;
        PartyDraft secondary = originalCredit ? tx.creditor : tx.debtor;
        if (draft.reversal && primary.isEmpty()) {
            return secondary.toParty();
        }
        return primary.toParty();
    }

    private static java.util.Map<String, String> partyExtra(TransactionDraft tx) {
        tx.put("debtorName", tx.debtor.name);
        tx.put("debtorAccount", tx.debtor.account());
        tx.put("creditorName", tx.creditor.name);
        tx.put("creditorAccount", tx.creditor.account());
        tx.put("ultimateDebtorName", tx.ultimateDebtor.name);
        tx.put("ultimateCreditorName", tx.ultimateCreditor.name);
        return tx.extra;
    }

    private static BankTransactionCode code(EntryDraft draft, TransactionDraft first) {
        if (draft.code != null && !draft.code.isEmpty()) {
            return draft.code.toCode();
        }
        return first.code != null && !first.code.isEmpty()
                ? first.code.toCode() : BankTransactionCode.UNKNOWN;
    }

    private static java.util.Map<String, String> entryExtra(EntryDraft draft) {
        if (draft.charges != null) {
            draft.put("charges", draft.charges.currency() + " "
                    + draft.charges.value().toPlainString());
        }
        if (!"BOOK".equals(draft.statusCode) && !"PDNG".equals(draft.statusCode)
                && !"INFO".equals(draft.statusCode)) {
            draft.put("statusCode", draft.statusCode);
        }
        return draft.extra;
    }

    private static String identityText(EntryDraft draft, TransactionDraft first) {
        String text = first.identityText();
        if (draft.additionalInfo == null) {
            return text;
        }
        return text == null ? draft.additionalInfo : draft.additionalInfo + "\u001f" + text;
    }

    private void checkDeclaredCount(EntryDraft draft) {
        int listed = draft.transactions.size();
        if (listed > 0 && draft.declaredTransactions > 0 && listed != draft.declaredTransactions) {
            warn(draft, "the batch declares " + draft.declaredTransactions
                    + " transactions (NbOfTxs) but lists " + listed + " (TxDtls)");
        }
    }

    private void warn(EntryDraft draft, String message) {
        warnings.accept(new ReaderWarning(draft.position, message));
    }
}
