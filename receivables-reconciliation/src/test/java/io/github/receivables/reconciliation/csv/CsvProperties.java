package io.github.receivables.reconciliation.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.receivables.reconciliation.statement.BankStatement;
import io.github.receivables.reconciliation.statement.StatementEntry;
import io.github.receivables.reconciliation.statement.StatementException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Statements written as CSV with a mapping read back to the same model, across separators,
 * number formats, date formats, amount layouts and line ends; and damaged CSV either reads or
 * fails with a {@link StatementException}, never another exception.
 */
class CsvProperties {

    private static final List<String> CURRENCIES = List.of("EUR", "CLP", "USD", "BHD", "JPY");
    private static final String TEXT_CHARS = "abcXYZ 019,;|\t\"'.-/ñüé€";

    /** One generated entry row. */
    record Row(LocalDate date, BigDecimal amount, String currency, List<String> lines, String name) {}

    /** How the rows are written. */
    record Layout(char delimiter, char decimal, Character grouping, String datePattern,
            AmountLayout amounts, String lineEnd, boolean bom) {}

    enum AmountLayout { SIGNED, DEBIT_CREDIT, INDICATOR }

    @Provide
    Arbitrary<Layout> layouts() {
        Arbitrary<Character> delimiter = Arbitraries.of(',', ';', '\t', '|');
        Arbitrary<Character[]> numbers = Arbitraries.of(
                new Character[] {',', '.'}, new Character[] {'.', ','},
                new Character[] {'.', null}, new Character[] {',', ' '},
                new Character[] {'.', '\''});
        Arbitrary<String> dates = Arbitraries.of("dd.MM.yyyy", "yyyy-MM-dd", "MM/dd/yyyy", "d/M/yy");
        return Combinators.combine(delimiter, numbers, dates, Arbitraries.of(AmountLayout.class),
                        Arbitraries.of("\n", "\r\n"), Arbitraries.of(true, false))
                .as((d, n, p, a, e, b) -> new Layout(d, n[0], n[1], p, a, e, b))
                .filter(l -> l.delimiter() != l.decimal()
                        && (l.grouping() == null || l.delimiter() != l.grouping()));
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 36_000)
                .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
        Arbitrary<String> currencies = Arbitraries.of(CURRENCIES);
        Arbitrary<Long> minorUnits = Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L);
        Arbitrary<String> line = Arbitraries.strings().withChars(TEXT_CHARS).ofMinLength(1)
                .ofMaxLength(25).map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<List<String>> lines = line.list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<Row> row = Combinators.combine(dates, minorUnits, currencies, lines, line)
                .as((date, units, currency, text, name) -> new Row(date,
                        BigDecimal.valueOf(units, Currency.getInstance(currency)
                                .getDefaultFractionDigits()), currency, text, name));
        return row.list().ofMinSize(0).ofMaxSize(20);
    }

    private static ColumnMapping mapping(Layout layout) {
        AmountColumns amounts = switch (layout.amounts()) {
            case SIGNED -> AmountColumns.signed(Column.named("Amount"));
            case DEBIT_CREDIT -> AmountColumns.split(Column.named("Debit"),
                    Column.named("Credit"), DebitSign.NEGATE);
            case INDICATOR -> AmountColumns.indicated(Column.named("Amount"),
                    Column.named("DC"), List.of("C", "Credit"), List.of("D", "Debit"));
        };
        return ColumnMapping.builder().name("generated").delimiter(layout.delimiter())
                .addDateFormat(layout.datePattern()).decimalSeparator(layout.decimal())
                .groupingSeparator(layout.grouping()).account("ACC-1").amount(amounts)
                .columns(EntryColumns.builder().bookingDate(Column.named("Date"))
                        .currency(Column.named("Currency")).remittance(Column.named("Text"))
                        .counterpartyName(Column.named("Name")).build())
                .build();
    }

    static byte[] write(Layout layout, List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Date", "Currency", "Text", "Name"));
        header.addAll(switch (layout.amounts()) {
            case SIGNED -> List.of("Amount");
            case DEBIT_CREDIT -> List.of("Debit", "Credit");
            case INDICATOR -> List.of("Amount", "DC");
        });
        appendRecord(csv, header, layout);
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(layout.datePattern(), Locale.ROOT);
        for (Row row : rows) {
            List<String> fields = new ArrayList<>(List.of(dates.format(row.date()),
                    row.currency(), String.join(layout.lineEnd(), row.lines()), row.name()));
            fields.addAll(amountFields(layout, row.amount()));
            appendRecord(csv, fields, layout);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        if (!layout.bom()) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    private static List<String> amountFields(Layout layout, BigDecimal amount) {
        String magnitude = number(layout, amount.abs());
        boolean debit = amount.signum() < 0;
        return switch (layout.amounts()) {
            case SIGNED -> List.of((debit ? "-" : "") + magnitude);
            case DEBIT_CREDIT -> debit ? List.of(magnitude, "") : List.of("", magnitude);
            case INDICATOR -> List.of(magnitude, debit ? "Debit" : "C");
        };
    }

    private static String number(Layout layout, BigDecimal magnitude) {
        String plain = magnitude.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (layout.grouping() != null && i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(layout.grouping());
            }
            grouped.append(integer.charAt(i));
        }
        return fraction.isEmpty() ? grouped.toString() : grouped + "" + layout.decimal() + fraction;
    }

    private static void appendRecord(StringBuilder csv, List<String> fields, Layout layout) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(layout.delimiter());
            }
            String field = fields.get(i);
            boolean quote = field.indexOf(layout.delimiter()) >= 0 || field.contains("\"")
                    || field.contains("\n") || field.contains("\r")
                    || !field.equals(field.strip());
            csv.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        csv.append(layout.lineEnd());
    }

    private static List<BankStatement> read(ColumnMapping mapping, byte[] csv) {
        return new CsvStatementReader(mapping).readAll(new ByteArrayInputStream(csv), "gen.csv");
    }

    @Property(tries = 1000)
    void writtenStatementReadsBack(@ForAll("layouts") Layout layout, @ForAll("rows") List<Row> rows) {
        List<BankStatement> statements = read(mapping(layout), write(layout, rows));
        assertEquals(1, statements.size());
        List<StatementEntry> entries = statements.get(0).entries();
        assertEquals(rows.size(), entries.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            StatementEntry entry = entries.get(i);
            assertEquals(row.date(), entry.bookingDate(), "date of row " + i);
            assertEquals(row.amount(), entry.amount().value(), "amount of row " + i);
            assertEquals(row.currency(), entry.amount().currency(), "currency of row " + i);
            assertEquals(row.lines(), entry.details().get(0).remittanceText(), "text of row " + i);
            assertEquals(row.name(), entry.details().get(0).counterparty().name(), "row " + i);
        }
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 100_000),
                        Arbitraries.integers().between(0, 255))
                .as((kind, position, value) -> new int[] {kind, position, value})
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 1000)
    void damagedCsvReadsOrFailsCleanly(@ForAll("layouts") Layout layout,
            @ForAll("rows") List<Row> rows, @ForAll("mutations") List<int[]> mutations) {
        byte[] csv = write(layout, rows);
        for (int[] mutation : mutations) {
            csv = mutate(csv, mutation, layout);
        }
        try {
            read(mapping(layout), csv);
        } catch (StatementException expected) {
            // A clean rejection that names its position.
        } catch (RuntimeException e) {
            fail("unexpected " + e + " for input:\n" + new String(csv, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] mutate(byte[] csv, int[] mutation, Layout layout) {
        byte[] specials = {'"', '\n', '\r', (byte) layout.delimiter(), (byte) layout.decimal(), '-',
                '(', '9', '0', 'K', ' ', (byte) 0xC3, (byte) 0xFF, 0};
        int position = csv.length == 0 ? 0 : mutation[1] % (csv.length + 1);
        byte value = mutation[2] < specials.length * 10
                ? specials[mutation[2] % specials.length]
                : (byte) mutation[2];
        List<Byte> bytes = new ArrayList<>();
        for (byte b : csv) {
            bytes.add(b);
        }
        switch (mutation[0]) {
            case 0 -> bytes.add(position, value);
            case 1 -> {
                if (position < bytes.size()) {
                    bytes.remove(position);
                }
            }
            case 2 -> {
                if (position < bytes.size()) {
                    bytes.set(position, value);
                }
            }
            default -> {
                int end = Math.min(bytes.size(), position + 1 + mutation[2] % 40);
                bytes.addAll(position, new ArrayList<>(bytes.subList(position, end)));
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    /** An invalid UTF-8 byte is reported on its own line and column, wherever it is. */
    @Property(tries = 300)
    void invalidByteReportedAtItsLine(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 2, max = 1500) int lines,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 1_000_000) int pick,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 30) int width,
            @ForAll boolean crlf) {
        int badLine = 2 + pick % (lines - 1);
        StringBuilder text = new StringBuilder("date,amount,text\n");
        for (int line = 2; line <= lines; line++) {
            text.append("2024-01-02,1.00,").append("x".repeat(width));
            text.append(line == badLine ? "\u00e9" : "").append(crlf ? "\r\n" : "\n");
        }
        ColumnMapping mapping = ColumnMapping.builder().name("bytes").addDateFormat("yyyy-MM-dd")
                .currency("EUR").amount(AmountColumns.signed(Column.named("amount")))
                .columns(EntryColumns.builder().bookingDate(Column.named("date")).build())
                .build();
        byte[] csv = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        try {
            new CsvStatementReader(mapping).readAll(new ByteArrayInputStream(csv), "bytes.csv");
            fail("an invalid UTF-8 byte was accepted");
        } catch (io.github.receivables.reconciliation.statement.InvalidValueException e) {
            assertEquals(badLine, e.position().line(), e.getMessage());
            assertEquals(17 + width, e.position().column(), e.getMessage());
        }
    }
}
