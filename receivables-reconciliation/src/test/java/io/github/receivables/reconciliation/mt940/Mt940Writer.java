package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.text.GeneratedStatement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes generated statements as MT940 text, for round-trip properties. */
final class Mt940Writer {

    private static final DateTimeFormatter YYMMDD =
            DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd", Locale.ROOT);

    private Mt940Writer() {}

    static String write(List<GeneratedStatement> statements) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (GeneratedStatement statement : statements) {
            out.append(":20:STMT").append(number++).append("\r\n");
            out.append(":25:").append(statement.account()).append("\r\n");
            out.append(":28C:1/1\r\n");
            out.append(balance("60F", statement, statement.openingMinor()));
            int bank = 1;
            for (GeneratedStatement.GeneratedEntry entry : statement.entries()) {
                LocalDate date = statement.date();
                out.append(":61:").append(YYMMDD.format(date)).append(MMDD.format(date))
                        .append(entry.credit() ? 'C' : 'D')
                        .append(amount(statement.decimal(entry.minorUnits())))
                        .append("NTRF").append(entry.reference()).append("//B")
                        .append(bank++).append("\r\n");
                if (!entry.text().isEmpty()) {
                    out.append(":86:").append(entry.text()).append("\r\n");
                }
            }
            out.append(balance("62F", statement, statement.closingMinor()));
            out.append("-\r\n");
        }
        return out.toString();
    }

    private static String balance(String tag, GeneratedStatement statement, long minor) {
        return ":" + tag + ":" + (minor < 0 ? 'D' : 'C') + YYMMDD.format(statement.date())
                + statement.currency() + amount(statement.decimal(Math.abs(minor))) + "\r\n";
    }

    private static String amount(BigDecimal value) {
        return value.toPlainString().replace('.', ',') + (value.scale() == 0 ? "," : "");
    }
}
