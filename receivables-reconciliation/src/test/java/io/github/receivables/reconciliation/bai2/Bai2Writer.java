package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.text.GeneratedStatement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes generated statements as one BAI2 file with one group per statement, for round-trip
 * properties. Control totals and record counts are computed as the format defines them.
 */
final class Bai2Writer {

    private static final DateTimeFormatter YYMMDD =
            DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private Bai2Writer() {}

    static String write(List<GeneratedStatement> statements) {
        StringBuilder out = new StringBuilder("01,SENDER,RECEIVER,240105,0800,1,,,2/\n");
        long fileTotal = 0;
        long fileRecords = 1;
        for (GeneratedStatement statement : statements) {
            out.append("02,RECEIVER,BANK,1,").append(YYMMDD.format(statement.date()))
                    .append(",,").append(statement.currency()).append(",/\n");
            out.append("03,").append(statement.account()).append(",,010,")
                    .append(statement.openingMinor()).append(",,,015,")
                    .append(statement.closingMinor()).append(",,/\n");
            long total = statement.openingMinor() + statement.closingMinor();
            long records = 2;
            for (GeneratedStatement.GeneratedEntry entry : statement.entries()) {
                out.append("16,").append(entry.credit() ? "195" : "495").append(',')
                        .append(entry.minorUnits()).append(",0,BANK,").append(entry.reference())
                        .append(',').append(entry.text()).append("/\n");
                total += entry.minorUnits();
                records++;
            }
            out.append("49,").append(total).append(',').append(records).append("/\n");
            out.append("98,").append(total).append(",1,").append(records + 2).append("/\n");
            fileTotal += total;
            fileRecords += records + 2;
        }
        out.append("99,").append(fileTotal).append(',').append(statements.size()).append(',')
                .append(fileRecords + 1).append("/\n");
        return out.toString();
    }
}
