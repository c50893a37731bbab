package io.github.receivables.reconciliation.bai2;

import io.github.receivables.reconciliation.statement.InvalidValueException;
import io.github.receivables.reconciliation.statement.SourcePosition;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A BAI2 funds type with the fields that follow it. Types 0 (immediate), 1 (one day), 2 (two or
 * more days) and Z (unknown) have none. S has three amounts: immediate, one day, two or more days.
 * V has a value date and an optional time. D has a count and that many pairs of days and amount.
 * These amounts do not count toward control totals.
 *
 * @param extra the funds type and its fields by name, kept in the entry's extra map
 * @param valueDate the value date of type V, or null
 */
record Availability(Map<String, String> extra, LocalDate valueDate) {

    /** Most distribution pairs a D funds type may announce. */
    static final int MAX_DISTRIBUTIONS = 99;

    static Availability read(Bai2Lexer lexer, SourcePosition position) {
        String type = lexer.field().strip();
        Map<String, String> extra = new HashMap<>();
        if (!type.isEmpty()) {
            extra.put("fundsType", type);
        }
        LocalDate valueDate = null;
        switch (type) {
            case "", "0", "1", "2", "Z" -> { }
            case "S" -> {
                extra.put("availableImmediately", amount(lexer, position));
                extra.put("availableInOneDay", amount(lexer, position));
                extra.put("availableInTwoOrMoreDays", amount(lexer, position));
            }
            case "V" -> {
                valueDate = Bai2Values.date(lexer.field().strip(), position, "value date");
                extra.put("valueDate", valueDate.toString());
                String time = lexer.field().strip();
                if (!time.isEmpty()) {
                    Bai2Values.dateTime(valueDate, time, position, "value time");
                    extra.put("valueTime", time);
                }
            }
            case "D" -> distributed(lexer, position, extra);
            default -> throw new InvalidValueException(position, "invalid funds type '" + type
                    + "': expected 0, 1, 2, S, V, D or Z");
        }
        return new Availability(Map.copyOf(extra), valueDate);
    }

    private static void distributed(Bai2Lexer lexer, SourcePosition position,
            Map<String, String> extra) {
        long count = Bai2Values.count(lexer.field().strip(), position, "distribution count");
        if (count > MAX_DISTRIBUTIONS) {
            throw new InvalidValueException(position, "distribution count " + count
                    + " of funds type D is over " + MAX_DISTRIBUTIONS);
        }
        extra.put("distributionCount", String.valueOf(count));
        for (int i = 0; i < count; i++) {
            long days = Bai2Values.count(lexer.field().strip(), position, "availability days");
            extra.put("availableInDays." + days, amount(lexer, position));
        }
    }

    private static String amount(Bai2Lexer lexer, SourcePosition position) {
        BigInteger minor = Bai2Values.minorUnits(lexer.field().strip(), position,
                "availability amount");
        return minor == null ? "" : minor.toString();
    }
}
