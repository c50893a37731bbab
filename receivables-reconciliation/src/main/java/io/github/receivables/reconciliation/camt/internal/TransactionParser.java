package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.CreditorReference;
import io.github.receivables.reconciliation.statement.StatementAmount;

/** Reads one {@code TxDtls} element into a {@link TransactionDraft}. */
final class TransactionParser {

    private TransactionParser() {}

    static TransactionDraft read(XmlCursor cursor) {
        TransactionDraft draft = new TransactionDraft();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Refs" -> references(cursor, draft);
                case "Amt" -> draft.amount = CamtValues.amount(cursor);
                case "CdtDbtInd" -> draft.direction = CamtValues.creditDebit(cursor);
                case "AmtDtls" -> amountDetails(cursor, draft);
                case "BkTxCd" -> draft.code = CodeDraft.read(cursor);
                case "Chrgs" -> draft.charges = Charges.read(cursor, draft.charges);
                case "RltdPties" -> parties(cursor, draft);
                case "RltdAgts" -> agents(cursor, draft);
                case "Purp" -> draft.put("purpose", cursor.subtreeText());
                case "RmtInf" -> remittance(cursor, draft);
                case "RtrInf" -> returnInfo(cursor, draft);
                case "AddtlTxInf" -> draft.append("additionalTransactionInfo", cursor.text());
                default -> cursor.skip();
            }
        }
        return draft;
    }

    private static void references(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "EndToEndId" -> draft.endToEndId = PartyParser.empty(cursor.text());
                case "InstrId" -> draft.instructionId = PartyParser.empty(cursor.text());
                case "TxId" -> draft.transactionId = PartyParser.empty(cursor.text());
                case "UETR" -> draft.uetr = PartyParser.empty(cursor.text());
                case "MndtId" -> draft.mandateId = PartyParser.empty(cursor.text());
                case "AcctSvcrRef" -> draft.put("bankReference", cursor.text());
                case "MsgId" -> draft.put("messageId", cursor.text());
                case "PmtInfId" -> draft.put("paymentInformationId", cursor.text());
                case "ChqNb" -> draft.put("chequeNumber", cursor.text());
                case "ClrSysRef" -> draft.put("clearingSystemReference", cursor.text());
                case "Prtry" -> draft.put("proprietaryReference", proprietaryReference(cursor));
                default -> cursor.skip();
            }
        }
    }

    private static String proprietaryReference(XmlCursor cursor) {
        String reference = null;
        while (cursor.nextChild()) {
            if (cursor.name().equals("Ref")) {
                reference = cursor.text();
            } else {
                cursor.skip();
            }
        }
        return reference;
    }

    private static void amountDetails(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "InstdAmt" -> draft.instructed = innerAmount(cursor);
                case "TxAmt" -> draft.transactionAmount = innerAmount(cursor);
                case "CntrValAmt" -> draft.counterValue = innerAmount(cursor);
                default -> cursor.skip();
            }
        }
    }

    /** Reads the {@code Amt} inside an amount-and-exchange element such as {@code InstdAmt}. */
    static StatementAmount innerAmount(XmlCursor cursor) {
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

    private static void parties(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Dbtr" -> PartyParser.party(cursor, draft.debtor);
                case "DbtrAcct" -> PartyParser.account(cursor, draft.debtor);
                case "UltmtDbtr" -> PartyParser.party(cursor, draft.ultimateDebtor);
                case "Cdtr" -> PartyParser.party(cursor, draft.creditor);
                case "CdtrAcct" -> PartyParser.account(cursor, draft.creditor);
                case "UltmtCdtr" -> PartyParser.party(cursor, draft.ultimateCreditor);
                default -> cursor.skip();
            }
        }
    }

    private static void agents(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "DbtrAgt" -> PartyParser.agent(cursor, draft.debtor);
                case "CdtrAgt" -> PartyParser.agent(cursor, draft.creditor);
                default -> cursor.skip();
            }
        }
    }

    private static void remittance(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Ustrd" -> addLine(draft, cursor.text());
                case "Strd" -> structured(cursor, draft);
                default -> cursor.skip();
            }
        }
    }

    private static void addLine(TransactionDraft draft, String line) {
        if (!line.isEmpty()) {
            draft.remittance.add(line);
        }
    }

    private static void structured(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "CdtrRefInf" -> creditorReference(cursor, draft);
                case "RfrdDocInf" -> draft.append("referredDocuments", documentNumber(cursor));
                case "AddtlRmtInf" -> draft.append("additionalRemittanceInfo", cursor.text());
                default -> cursor.skip();
            }
        }
    }

    private static void creditorReference(XmlCursor cursor, TransactionDraft draft) {
        String type = null;
        String reference = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Tp" -> type = referenceType(cursor);
                case "Ref" -> reference = PartyParser.empty(cursor.text());
                default -> cursor.skip();
            }
        }
        if (reference != null && draft.creditorReference == null) {
            draft.creditorReference = new CreditorReference(reference, type);
        }
    }

    /** Reads {@code Tp/CdOrPrtry/Cd} or {@code Tp/CdOrPrtry/Prtry}, skipping the issuer. */
    private static String referenceType(XmlCursor cursor) {
        String type = null;
        while (cursor.nextChild()) {
            if (cursor.name().equals("CdOrPrtry")) {
                type = PartyParser.empty(cursor.subtreeText());
            } else {
                cursor.skip();
            }
        }
        return type;
    }

    private static String documentNumber(XmlCursor cursor) {
        String number = null;
        while (cursor.nextChild()) {
            if (cursor.name().equals("Nb")) {
                number = cursor.text();
            } else {
                cursor.skip();
            }
        }
        return number;
    }

    private static void returnInfo(XmlCursor cursor, TransactionDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Rsn" -> draft.returnReason = PartyParser.empty(cursor.subtreeText());
                case "AddtlInf" -> draft.append("returnInfo", cursor.text());
                default -> cursor.skip();
            }
        }
    }
}
