package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.MalformedStatementException;

/** Reads one {@code Ntry} element, with its batch details and transactions, into a draft. */
final class EntryParser {

    private final XmlCursor cursor;
    private final EntryBudget budget;

    EntryParser(XmlCursor cursor, EntryBudget budget) {
        this.cursor = cursor;
        this.budget = budget;
    }

    /**
     * Reads the entry the cursor is on and checks that its mandatory elements are present.
     *
     * @throws MalformedStatementException if {@code Amt}, {@code CdtDbtInd} or {@code Sts} is
     *     missing
     */
    EntryDraft read() {
        EntryDraft draft = new EntryDraft(cursor.position());
        budget.take(cursor);
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "NtryRef" -> draft.entryReference = PartyParser.empty(cursor.text());
                case "Amt" -> draft.amount = CamtValues.amount(cursor);
                case "CdtDbtInd" -> draft.direction = CamtValues.creditDebit(cursor);
                case "RvslInd" -> draft.reversal = CamtValues.indicator(cursor, cursor.text());
                case "Sts" -> status(draft);
                case "BookgDt" -> draft.bookingDate = CamtValues.date(cursor);
                case "ValDt" -> draft.valueDate = CamtValues.date(cursor);
                case "AcctSvcrRef" -> draft.bankReference = PartyParser.empty(cursor.text());
                case "BkTxCd" -> draft.code = CodeDraft.read(cursor);
                case "AmtDtls" -> instructed(draft);
                case "Chrgs" -> draft.charges = Charges.read(cursor, draft.charges);
                case "NtryDtls" -> details(draft);
                case "AddtlNtryInf" -> draft.additionalInfo = PartyParser.empty(cursor.text());
                default -> cursor.skip();
            }
        }
        requirePresent(draft);
        return draft;
    }

    private void status(EntryDraft draft) {
        draft.statusCode = CamtValues.statusCode(cursor);
        draft.status = CamtValues.status(draft.statusCode);
    }

    private void instructed(EntryDraft draft) {
        while (cursor.nextChild()) {
            if (cursor.name().equals("InstdAmt")) {
                draft.instructed = TransactionParser.innerAmount(cursor);
            } else {
                cursor.skip();
            }
        }
    }

    private void details(EntryDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Btch" -> batch(draft);
                case "TxDtls" -> {
                    budget.take(cursor);
                    draft.transactions.add(TransactionParser.read(cursor));
                }
                default -> cursor.skip();
            }
        }
    }

    private void batch(EntryDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "NbOfTxs" -> draft.declaredTransactions += CamtValues.count(cursor, cursor.text());
                case "MsgId" -> draft.put("batchMessageId", cursor.text());
                case "PmtInfId" -> draft.put("batchPaymentInformationId", cursor.text());
                case "TtlAmt" -> draft.put("batchTotal", cursor.text());
                default -> cursor.skip();
            }
        }
    }

    private void requirePresent(EntryDraft draft) {
        String missing = null;
        if (draft.amount == null) {
            missing = "Amt";
        } else if (draft.direction == null) {
            missing = "CdtDbtInd";
        } else if (draft.status == null) {
            missing = "Sts";
        }
        if (missing != null) {
            throw new MalformedStatementException(draft.position, "the entry has no " + missing
                    + "; expected every Ntry to contain Amt, CdtDbtInd and Sts");
        }
    }
}
