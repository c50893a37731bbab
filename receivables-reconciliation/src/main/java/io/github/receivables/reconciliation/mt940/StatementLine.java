package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.CreditDebit;
import io.github.receivables.reconciliation.statement.InvalidValueException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The subfields of one :61: statement line.
 *
 * <p>Layout: {@code YYMMDD[MMDD](C|D|RC|RD)[funds code]amount type[customer ref][//bank ref]},
 * then supplementary details on the following lines.
 *
 * @param valueDate the value date
 * @param entryDate the entry (booking) date with its year inferred, or null when absent
 * @param reversal whether the mark was RC or RD
 * @param direction the effect on the balance: C and RD credit, D and RC debit
 * @param fundsCode the funds code letter after the mark, or null
 * @param amount the amount without sign
 * @param transactionType the type such as {@code NTRF}, {@code NMSC} or {@code S103}
 * @param customerReference the reference for the account owner, or null when empty
 * @param bankReference the reference of the servicing bank, or null
 * @param supplementaryDetails the text of the following lines, or null
 */
record StatementLine(
        LocalDate valueDate,
        LocalDate entryDate,
        boolean reversal,
        CreditDebit direction,
        String fundsCode,
        BigDecimal amount,
        String transactionType,
        String customerReference,
        String bankReference,
        String supplementaryDetails) {

    /** Maximum length of a customer or bank reference in the MT940 standard. */
    static final int MAX_REFERENCE = 16;

    private static final String[] KNOWN_TYPES = {
        "NTRF", "NMSC", "NCHG", "NCHK", "NDDT", "NSTO", "NTRA", "NINT", "NCOM", "FTRF", "FMSC"
    };

    static StatementLine parse(String field, DateContext context) {
        int lineEnd = field.indexOf('\n');
        String supplementary = lineEnd < 0 ? null : joinLines(field.substring(lineEnd + 1));
        String line = stripTrailing(lineEnd < 0 ? field : field.substring(0, lineEnd));
        int end = line.length();

        LocalDate valueDate = SwiftValues.date(line, 0, context);
        int i = 6;
        LocalDate entryDate = null;
        if (SwiftValues.digits(line, i, 4)) {
            entryDate = entryDate(line, i, valueDate, context);
            i += 4;
        }
        while (i < end && line.charAt(i) == ' ') {
            i++;
        }

        boolean reversal = i < end && line.charAt(i) == 'R';
        int markStart = i;
        i += reversal ? 1 : 0;
        char mark = i < end ? line.charAt(i) : ' ';
        if (mark != 'C' && mark != 'D') {
            throw invalid(context, "invalid debit/credit mark '"
                    + SwiftValues.excerpt(line, markStart, 2) + "': expected C, D, RC or RD");
        }
        i++;
        CreditDebit direction = (mark == 'C') != reversal ? CreditDebit.CREDIT : CreditDebit.DEBIT;

        String fundsCode = null;
        if (i < end && Character.isLetter(line.charAt(i))) {
            fundsCode = String.valueOf(line.charAt(i));
            i++;
        }

        int amountLength = SwiftValues.amountLength(line, i);
        BigDecimal amount = SwiftValues.amount(line, i, i + amountLength, context);
        i += amountLength;

        if (i + 4 > end || !Character.isLetter(line.charAt(i))) {
            throw invalid(context, "invalid transaction type '" + SwiftValues.excerpt(line, i, 4)
                    + "': expected a letter and three characters, such as NTRF or S103");
        }
        String type = transactionType(line, i);
        i += 4;

        int slashes = line.indexOf("//", i);
        int customerEnd = slashes < 0 ? end : slashes;
        int bankStart = slashes < 0 ? end : slashes + 2;
        checkLength("customer reference", customerEnd - i, context);
        checkLength("bank reference", end - bankStart, context);
        return new StatementLine(valueDate, entryDate, reversal, direction, fundsCode, amount,
                type, emptyToNull(line, i, customerEnd), emptyToNull(line, bankStart, end),
                supplementary);
    }

    /** Returns the common transaction types as constants, so no substring is made for them. */
    private static String transactionType(String line, int from) {
        for (String known : KNOWN_TYPES) {
            if (line.startsWith(known, from)) {
                return known;
            }
        }
        return line.substring(from, from + 4);
    }

    /** Returns {@link String#stripTrailing()} of the line, without a copy when there is none. */
    private static String stripTrailing(String line) {
        int end = TextRanges.stripEnd(line, 0, line.length());
        return end == line.length() ? line : line.substring(0, end);
    }

    /**
     * Reads MMDD with the year that puts it closest to the value date, so an entry date of 0102
     * after a value date of 31 December falls in the next year, and 1231 before 2 January in the
     * previous one. The year is chosen before the date is built, so 0229 after a value date in
     * December 2023 is 29 February 2024. A month outside 1 to 12 counts as the nearest valid one
     * for that choice, as lenient dates then read it.
     */
    private static LocalDate entryDate(String line, int from, LocalDate valueDate,
            DateContext context) {
        int month = SwiftValues.number(line, from, 2);
        int day = SwiftValues.number(line, from + 2, 2);
        int year = valueDate.getYear();
        int validMonth = Math.max(1, Math.min(12, month));
        if (validMonth != valueDate.getMonthValue()) {
            if (compare(year, validMonth, day, valueDate.plusMonths(6)) > 0) {
                year--;
            } else if (compare(year, validMonth, day, valueDate.minusMonths(6)) < 0) {
                year++;
            }
        }
        return SwiftValues.date(year, month, day, line, from, 4, context);
    }

    /** Compares a year, month and day as written, which may name no real day, with a date. */
    private static int compare(int year, int month, int day, LocalDate date) {
        if (year != date.getYear()) {
            return Integer.compare(year, date.getYear());
        }
        if (month != date.getMonthValue()) {
            return Integer.compare(month, date.getMonthValue());
        }
        return Integer.compare(day, date.getDayOfMonth());
    }

    private static void checkLength(String name, int length, DateContext context) {
        if (length > MAX_REFERENCE) {
            context.warn(name + " has " + length + " characters, more than the "
                    + MAX_REFERENCE + " MT940 allows; kept in full");
        }
    }

    private static String joinLines(String lines) {
        String joined = lines.replace("\n", "").strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String emptyToNull(String line, int from, int to) {
        String stripped = TextRanges.stripped(line, from, to);
        return stripped.isEmpty() ? null : stripped;
    }

    private static InvalidValueException invalid(DateContext context, String message) {
        return new InvalidValueException(context.position(), message + " in " + context.field());
    }
}
