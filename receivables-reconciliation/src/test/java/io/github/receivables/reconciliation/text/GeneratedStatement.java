package io.github.receivables.reconciliation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A statement made up by jqwik for round-trip properties: the small writers of each format turn
 * it into a file, and reading the file back must give the same values.
 *
 * @param account the account number, letters and digits
 * @param currency the ISO 4217 code
 * @param date the statement day
 * @param openingMinor the opening balance in minor units
 * @param entries the entries in file order
 */
public record GeneratedStatement(
        String account, String currency, LocalDate date, long openingMinor,
        List<GeneratedEntry> entries) {

    /**
     * One generated entry.
     *
     * @param minorUnits the unsigned amount in minor units, above zero
     * @param credit whether the entry is a credit
     * @param reference a reference of 1 to 16 letters and digits
     * @param text remittance text of letters, digits and spaces, starting with a letter, or ""
     */
    public record GeneratedEntry(long minorUnits, boolean credit, String reference, String text) {

        /** Returns the signed amount in minor units. */
        public long signedMinor() {
            return credit ? minorUnits : -minorUnits;
        }
    }

    /** Returns the closing balance in minor units: opening plus every entry. */
    public long closingMinor() {
        return openingMinor + entries.stream().mapToLong(GeneratedEntry::signedMinor).sum();
    }

    /** Returns the number of decimals of the currency. */
    public int scale() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** Converts minor units to the currency's decimal amount. */
    public BigDecimal decimal(long minor) {
        return BigDecimal.valueOf(minor, scale());
    }

    /** Generates lists of one to three statements. */
    public static Arbitrary<List<GeneratedStatement>> statements() {
        return statement().list().ofMinSize(1).ofMaxSize(3);
    }

    /** Generates one statement. */
    public static Arbitrary<GeneratedStatement> statement() {
        Arbitrary<String> account = Arbitraries.strings().withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(6).ofMaxLength(14);
        Arbitrary<String> currency = Arbitraries.of("EUR", "USD", "JPY", "CHF");
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 29_000)
                .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
        Arbitrary<Long> opening = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L);
        return Combinators.combine(account, currency, date, opening,
                entry().list().ofMaxSize(8)).as(GeneratedStatement::new);
    }

    private static Arbitrary<GeneratedEntry> entry() {
        Arbitrary<Long> minor = Arbitraries.longs().between(1, 1_000_000_000L);
        Arbitrary<String> reference = Arbitraries.strings().withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> text = Combinators.combine(
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                        .withChars(' ').ofMaxLength(40))
                .as((first, rest) -> (first + rest).strip())
                .injectNull(0.2).map(value -> value == null ? "" : value);
        return Combinators.combine(minor, Arbitraries.of(true, false), reference, text)
                .as(GeneratedEntry::new);
    }

    /**
     * Checks that the statements read back carry the generated values.
     *
     * @param expected what was written
     * @param actual what the reader returned
     * @param reference how the format stores the generated reference
     */
    public static void assertRead(List<GeneratedStatement> expected, List<BankStatement> actual,
            Function<StatementEntry, String> reference) {
        assertEquals(expected.size(), actual.size(), "statements");
        for (int i = 0; i < expected.size(); i++) {
            GeneratedStatement written = expected.get(i);
            BankStatement read = actual.get(i);
            assertEquals(written.currency(), read.header().currency(), "currency");
            assertEquals(written.account(), read.header().account().value(), "account");
            assertEquals(written.entries().size(), read.entries().size(), "entries");
            for (int j = 0; j < written.entries().size(); j++) {
                GeneratedEntry entry = written.entries().get(j);
                StatementEntry got = read.entries().get(j);
                assertEquals(0, written.decimal(entry.signedMinor()).compareTo(got.amount()
                        .value()), "amount " + got.amount().value());
                assertEquals(entry.reference(), reference.apply(got), "reference");
                assertEquals(entry.text().isEmpty() ? List.of() : List.of(entry.text()),
                        got.details().get(0).remittanceText(), "remittance");
            }
            assertEquals(0, written.decimal(written.closingMinor())
                    .compareTo(read.trailer().closing().amount().value()), "closing");
        }
    }
}
