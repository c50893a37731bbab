package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.EntryStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes camt.053 documents from small specifications, in the element forms of the requested
 * version: {@code Sts} as text or as {@code Sts/Cd} (version 8 on), {@code Dbtr/Nm} or
 * {@code Dbtr/Pty/Nm} (version 8 on), transaction amounts in {@code AmtDtls/TxAmt} (version 2) or
 * {@code TxDtls/Amt}, and {@code UETR} only from version 8.
 */
final class Camt053Writer {

    record Party(String name, String iban) {}

    record Reference(String value, String type) {}

    record Transaction(long unscaled, String endToEndId, String transactionId, String uetr,
            String mandateId, Party party, List<String> remittance, Reference reference) {}

    record Entry(CreditDebit direction, boolean reversal, EntryStatus status, LocalDate booking,
            LocalDate value, List<String> references, List<String> code, int scale,
            List<Transaction> transactions) {

        /** Returns a transaction's amount at this entry's scale. */
        BigDecimal amount(Transaction transaction) {
            return BigDecimal.valueOf(transaction.unscaled(), scale);
        }

        /** Returns the entry amount: the sum of its transactions, unsigned. */
        BigDecimal amount() {
            return transactions.stream().map(this::amount)
                    .reduce(BigDecimal.valueOf(0, scale), BigDecimal::add);
        }

        BigDecimal signed() {
            return direction == CreditDebit.DEBIT ? amount().negate() : amount();
        }
    }

    record Statement(String id, String iban, String currency, BigDecimal opening,
            List<Entry> entries) {

        /** Returns opening plus booked entries, the closing balance the writer states. */
        BigDecimal closing() {
            return entries.stream().filter(entry -> entry.status() == EntryStatus.BOOKED)
                    .map(Entry::signed).reduce(opening, BigDecimal::add);
        }
    }

    record Message(int version, List<Statement> statements) {}

    private final StringBuilder xml = new StringBuilder(4096);
    private final int version;

    private Camt053Writer(int version) {
        this.version = version;
    }

    static String write(Message message) {
        Camt053Writer writer = new Camt053Writer(message.version());
        writer.document(message);
        return writer.xml.toString();
    }

    private void document(Message message) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"")
                .append(CamtXml.namespace("053", version)).append("\">\n<BkToCstmrStmt>\n")
                .append("<GrpHdr><MsgId>GEN-1</MsgId><CreDtTm>2024-05-01T08:00:00Z</CreDtTm>")
                .append("</GrpHdr>\n");
        message.statements().forEach(this::statement);
        xml.append("</BkToCstmrStmt>\n</Document>\n");
    }

    private void statement(Statement statement) {
        xml.append("<Stmt>\n");
        element("Id", statement.id());
        xml.append("<Acct><Id><IBAN>").append(statement.iban()).append("</IBAN></Id><Ccy>")
                .append(statement.currency()).append("</Ccy></Acct>\n");
        balance("OPBD", statement.opening(), statement.currency());
        balance("CLBD", statement.closing(), statement.currency());
        for (Entry entry : statement.entries()) {
            entry(entry, statement.currency());
        }
        xml.append("</Stmt>\n");
    }

    private void balance(String code, BigDecimal amount, String currency) {
        xml.append("<Bal><Tp><CdOrPrtry><Cd>").append(code).append("</Cd></CdOrPrtry></Tp>");
        amount("Amt", amount.abs(), currency);
        element("CdtDbtInd", amount.signum() < 0 ? "DBIT" : "CRDT");
        xml.append("<Dt><Dt>2024-04-30</Dt></Dt></Bal>\n");
    }

    private void entry(Entry entry, String currency) {
        List<String> references = entry.references();
        xml.append("<Ntry>\n");
        optional("NtryRef", references.get(1));
        amount("Amt", entry.amount(), currency);
        element("CdtDbtInd", indicator(entry.direction()));
        if (entry.reversal()) {
            element("RvslInd", "true");
        }
        status(entry.status());
        date("BookgDt", entry.booking());
        date("ValDt", entry.value());
        optional("AcctSvcrRef", references.get(0));
        code(entry.code());
        xml.append("<NtryDtls>");
        if (entry.transactions().size() > 1) {
            xml.append("<Btch><NbOfTxs>").append(entry.transactions().size()).append("</NbOfTxs></Btch>");
        }
        for (Transaction transaction : entry.transactions()) {
            transaction(entry, transaction, currency);
        }
        xml.append("</NtryDtls>\n");
        optional("AddtlNtryInf", references.get(2));
        xml.append("</Ntry>\n");
    }

    private void status(EntryStatus status) {
        String code = switch (status) {
            case BOOKED -> "BOOK";
            case PENDING -> "PDNG";
            case INFO -> "INFO";
        };
        if (version >= 8) {
            xml.append("<Sts><Cd>").append(code).append("</Cd></Sts>");
        } else {
            element("Sts", code);
        }
    }

    private void date(String name, LocalDate date) {
        if (date != null) {
            xml.append('<').append(name).append("><Dt>").append(date).append("</Dt></")
                    .append(name).append('>');
        }
    }

    private void code(List<String> code) {
        xml.append("<BkTxCd>");
        if (code.get(0) != null) {
            xml.append("<Domn><Cd>").append(code.get(0)).append("</Cd><Fmly><Cd>")
                    .append(code.get(1)).append("</Cd><SubFmlyCd>").append(code.get(2))
                    .append("</SubFmlyCd></Fmly></Domn>");
        }
        if (code.get(3) != null) {
            xml.append("<Prtry>");
            element("Cd", code.get(3));
            optional("Issr", code.get(4));
            xml.append("</Prtry>");
        }
        xml.append("</BkTxCd>\n");
    }

    private void transaction(Entry entry, Transaction transaction, String currency) {
        xml.append("<TxDtls><Refs>");
        optional("EndToEndId", transaction.endToEndId());
        if (version >= 8) {
            optional("UETR", transaction.uetr());
        }
        optional("TxId", transaction.transactionId());
        optional("MndtId", transaction.mandateId());
        xml.append("</Refs>");
        if (version >= 3) {
            amount("Amt", entry.amount(transaction), currency);
            element("CdtDbtInd", indicator(entry.direction()));
        } else {
            xml.append("<AmtDtls><TxAmt>");
            amount("Amt", entry.amount(transaction), currency);
            xml.append("</TxAmt></AmtDtls>");
        }
        party(entry, transaction.party());
        remittance(transaction);
        xml.append("</TxDtls>\n");
    }

    /** Writes the counterparty on the side the reader expects: payer of an original credit. */
    private void party(Entry entry, Party party) {
        boolean originalCredit = (entry.direction() == CreditDebit.CREDIT) != entry.reversal();
        String role = originalCredit ? "Dbtr" : "Cdtr";
        xml.append("<RltdPties><").append(role).append('>');
        if (version >= 8) {
            xml.append("<Pty>");
            element("Nm", party.name());
            xml.append("</Pty>");
        } else {
            element("Nm", party.name());
        }
        xml.append("</").append(role).append("><").append(role).append("Acct><Id><IBAN>")
                .append(party.iban()).append("</IBAN></Id></").append(role).append("Acct>")
                .append("</RltdPties>");
    }

    private void remittance(Transaction transaction) {
        xml.append("<RmtInf>");
        transaction.remittance().forEach(line -> element("Ustrd", line));
        Reference reference = transaction.reference();
        if (reference != null) {
            xml.append("<Strd><CdtrRefInf><Tp><CdOrPrtry>");
            element(reference.type().equals("SCOR") ? "Cd" : "Prtry", reference.type());
            xml.append("</CdOrPrtry></Tp>");
            element("Ref", reference.value());
            xml.append("</CdtrRefInf></Strd>");
        }
        xml.append("</RmtInf>");
    }

    private static String indicator(CreditDebit direction) {
        return direction == CreditDebit.CREDIT ? "CRDT" : "DBIT";
    }

    private void amount(String name, BigDecimal amount, String currency) {
        xml.append('<').append(name).append(" Ccy=\"").append(currency).append("\">")
                .append(amount.toPlainString()).append("</").append(name).append('>');
    }

    private void optional(String name, String value) {
        if (value != null) {
            element(name, value);
        }
    }

    private void element(String name, String value) {
        xml.append('<').append(name).append('>');
        escape(value);
        xml.append("</").append(name).append('>');
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> xml.append(c);
            }
        }
    }
}
