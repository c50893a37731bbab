package io.github.receivables.reconciliation.camt;

import io.github.receivables.reconciliation.statement.BankStatement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small camt documents for example tests, written as text around the parts a test cares about. */
final class CamtXml {

    static final String IBAN = "CH9300762011623852957";

    private CamtXml() {}

    /** Returns the namespace of a message type ("053") and version (8). */
    static String namespace(String type, int version) {
        return String.format("urn:iso:std:iso:20022:tech:xsd:camt.%s.001.%02d", type, version);
    }

    /** Wraps statements into a camt.053 document of the given version. */
    static String camt053(int version, String... statements) {
        return document("053", version, "BkToCstmrStmt", statements);
    }

    /** Wraps notifications into a camt.054 document of the given version. */
    static String camt054(int version, String... notifications) {
        return document("054", version, "BkToCstmrDbtCdtNtfctn", notifications);
    }

    /** Wraps reports into a camt.052 document of the given version. */
    static String camt052(int version, String... reports) {
        return document("052", version, "BkToCstmrAcctRpt", reports);
    }

    private static String document(String type, int version, String message, String... bodies) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\""
                + namespace(type, version) + "\">\n<" + message + ">\n<GrpHdr><MsgId>MSG-1</MsgId>"
                + "<CreDtTm>2024-01-31T18:00:00+01:00</CreDtTm></GrpHdr>\n"
                + String.join("\n", bodies) + "\n</" + message + ">\n</Document>\n";
    }

    /** Returns a statement element ({@code Stmt}, {@code Rpt} or {@code Ntfctn}) on the test IBAN. */
    static String statement(String element, String id, String body) {
        return "<" + element + "><Id>" + id + "</Id><Acct><Id><IBAN>" + IBAN
                + "</IBAN></Id><Ccy>CHF</Ccy></Acct>\n" + body + "\n</" + element + ">";
    }

    /** Returns a balance element. */
    static String balance(String code, String amount, String direction) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"CHF\">"
                + amount + "</Amt><CdtDbtInd>" + direction + "</CdtDbtInd><Dt><Dt>2024-01-31"
                + "</Dt></Dt></Bal>";
    }

    /** Returns a booked single-transaction entry; {@code inner} goes before {@code NtryDtls}. */
    static String entry(String amount, String direction, String inner) {
        return "<Ntry><Amt Ccy=\"CHF\">" + amount + "</Amt><CdtDbtInd>" + direction
                + "</CdtDbtInd>" + inner + "</Ntry>";
    }

    /** Reads a document with default limits. */
    static List<BankStatement> read(String xml) {
        return CamtReader.create().readAll(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }
}
