package io.github.receivables.reconciliation.ofx;

import io.github.receivables.reconciliation.text.GeneratedStatement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes generated statements as OFX 1.x SGML or 2.x XML, for round-trip properties. */
final class OfxWriter {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private OfxWriter() {}

    static String sgml(List<GeneratedStatement> statements) {
        return "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
                + "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
                + body(statements, false);
    }

    static String xml(List<GeneratedStatement> statements) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?OFX OFXHEADER=\"200\""
                + " VERSION=\"220\" SECURITY=\"NONE\" OLDFILEUID=\"NONE\" NEWFILEUID=\"NONE\"?>\n"
                + body(statements, true);
    }

    private static String body(List<GeneratedStatement> statements, boolean xml) {
        StringBuilder out = new StringBuilder("<OFX>\n<BANKMSGSRSV1>\n");
        int uid = 1;
        for (GeneratedStatement statement : statements) {
            out.append("<STMTTRNRS>\n").append(leaf("TRNUID", String.valueOf(uid++), xml))
                    .append("<STMTRS>\n").append(leaf("CURDEF", statement.currency(), xml))
                    .append("<BANKACCTFROM>\n").append(leaf("BANKID", "121000248", xml))
                    .append(leaf("ACCTID", statement.account(), xml))
                    .append(leaf("ACCTTYPE", "CHECKING", xml)).append("</BANKACCTFROM>\n")
                    .append("<BANKTRANLIST>\n")
                    .append(leaf("DTSTART", DAY.format(statement.date()), xml))
                    .append(leaf("DTEND", DAY.format(statement.date()), xml));
            for (GeneratedStatement.GeneratedEntry entry : statement.entries()) {
                out.append("<STMTTRN>\n")
                        .append(leaf("TRNTYPE", entry.credit() ? "CREDIT" : "DEBIT", xml))
                        .append(leaf("DTPOSTED", DAY.format(statement.date()), xml))
                        .append(leaf("TRNAMT", statement.decimal(entry.signedMinor())
                                .toPlainString(), xml))
                        .append(leaf("FITID", entry.reference(), xml));
                if (!entry.text().isEmpty()) {
                    out.append(leaf("MEMO", entry.text(), xml));
                }
                out.append("</STMTTRN>\n");
            }
            out.append("</BANKTRANLIST>\n<LEDGERBAL>\n")
                    .append(leaf("BALAMT", statement.decimal(statement.closingMinor())
                            .toPlainString(), xml))
                    .append(leaf("DTASOF", DAY.format(statement.date()), xml))
                    .append("</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n");
        }
        return out.append("</BANKMSGSRSV1>\n</OFX>\n").toString();
    }

    private static String leaf(String name, String value, boolean xml) {
        return "<" + name + ">" + value + (xml ? "</" + name + ">" : "") + "\n";
    }
}
