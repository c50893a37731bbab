package io.github.receivables.reconciliation.csv;

import io.github.receivables.reconciliation.statement.EntryStatus;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Collects every inconsistency of a mapping, each prefixed with the field it concerns. */
final class MappingValidator {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final List<String> problems = new ArrayList<>();

    private MappingValidator() {}

    static List<String> problems(
            String name, char delimiter, Character quote, String encoding, SheetSelection sheet,
            int skipRows, boolean header, List<String> dateFormats, String dateLocale,
            char decimalSeparator, Character groupingSeparator, AmountColumns amount,
            String currency, EntryColumns columns, Map<String, EntryStatus> statusValues,
            List<Column> extraColumns, List<MetadataRule> metadata, TrailerRule trailer,
            String account) {
        MappingValidator v = new MappingValidator();
        v.checkName(name);
        v.checkText(delimiter, quote, encoding);
        v.checkSheet(sheet);
        v.check(skipRows >= 0, "skipRows", "must be 0 or more, got " + skipRows);
        v.checkDates(dateFormats, dateLocale);
        v.checkNumbers(decimalSeparator, groupingSeparator);
        v.checkAmount(amount);
        v.checkColumns(columns, header, amount, extraColumns);
        v.checkSources(currency, columns.currency(), metadata, MetadataField.CURRENCY,
                "currency", true);
        v.checkCurrencyCode(currency);
        v.checkSources(account, columns.account(), metadata, MetadataField.ACCOUNT,
                "account", false);
        v.check(account == null || !account.isBlank(), "account", "must not be blank");
        v.checkStatus(columns.status(), statusValues);
        v.checkMetadata(metadata);
        v.checkTrailer(trailer);
        return v.problems;
    }

    private void check(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(field + ": " + message);
        }
    }

    private void checkName(String name) {
        check(name != null && NAME.matcher(name).matches(), "name",
                "must be 1 to 64 letters, digits, '_', '-' or '.', got " + name);
    }

    private void checkText(char delimiter, Character quote, String encoding) {
        check(delimiter != '\r' && delimiter != '\n', "delimiter", "must not be a line break");
        check(delimiter != '\0', "delimiter", "must be one character, such as ';', not U+0000");
        if (quote != null) {
            check(quote != '\r' && quote != '\n', "quote", "must not be a line break");
            check(quote != delimiter, "quote", "must differ from the delimiter '" + delimiter + "'");
        }
        boolean supported;
        try {
            supported = Charset.isSupported(encoding);
        } catch (IllegalArgumentException e) {
            supported = false;
        }
        check(supported, "encoding", "'" + encoding + "' is not a character set this JVM supports");
    }

    private void checkSheet(SheetSelection sheet) {
        check(sheet.name() == null || sheet.index() == null, "sheet",
                "set either name or index, not both");
        check(sheet.index() == null || sheet.index() >= 0, "sheet.index",
                "must be 0 or more, got " + sheet.index());
        check(sheet.name() == null || !sheet.name().isBlank(), "sheet.name", "must not be blank");
    }

    private void checkDates(List<String> dateFormats, String dateLocale) {
        check(!dateFormats.isEmpty(), "dateFormats",
                "give at least one pattern, such as dd.MM.yyyy");
        Locale locale;
        try {
            locale = dateLocale.isEmpty()
                    ? Locale.ROOT
                    : new Locale.Builder().setLanguageTag(dateLocale).build();
        } catch (IllformedLocaleException e) {
            problems.add("dateLocale: '" + dateLocale + "' is not a BCP 47 language tag");
            locale = Locale.ROOT;
        }
        for (int i = 0; i < dateFormats.size(); i++) {
            String pattern = dateFormats.get(i);
            String problem = pattern == null
                    ? "must not be null"
                    : DateParser.problem(pattern, locale);
            check(problem == null, "dateFormats[" + i + "]", problem);
        }
    }

    private void checkNumbers(char decimalSeparator, Character groupingSeparator) {
        check(!Character.isDigit(decimalSeparator) && "+-()".indexOf(decimalSeparator) < 0,
                "decimalSeparator", "must not be a digit, sign or parenthesis");
        if (groupingSeparator != null) {
            check(!Character.isDigit(groupingSeparator) && "+-()".indexOf(groupingSeparator) < 0,
                    "groupingSeparator", "must not be a digit, sign or parenthesis");
            check(groupingSeparator != decimalSeparator, "groupingSeparator",
                    "must differ from the decimal separator '" + decimalSeparator + "'");
        }
    }

    private void checkAmount(AmountColumns amount) {
        if (amount == null) {
            problems.add("amount: missing; set amount.amount, or amount.debit and amount.credit");
            return;
        }
        boolean single = amount.amount() != null;
        boolean split = amount.debit() != null || amount.credit() != null;
        check(single != split, "amount",
                "set either amount.amount or amount.debit and amount.credit, not both");
        if (split) {
            check(amount.debit() != null, "amount.debit", "missing; credit needs a debit column");
            check(amount.credit() != null, "amount.credit", "missing; debit needs a credit column");
            check(amount.indicator() == null, "amount.indicator",
                    "only allowed with a single amount column");
        }
        if (amount.indicator() != null) {
            check(!amount.creditValues().isEmpty(), "amount.creditValues",
                    "give the indicator values that mean credit, such as H or C");
            check(!amount.debitValues().isEmpty(), "amount.debitValues",
                    "give the indicator values that mean debit, such as S or D");
            Set<String> credits = new HashSet<>();
            amount.creditValues().forEach(v -> credits.add(normalize(v)));
            for (String debit : amount.debitValues()) {
                check(!credits.contains(normalize(debit)), "amount.debitValues",
                        "'" + debit + "' also appears in creditValues");
            }
        } else {
            check(amount.creditValues().isEmpty() && amount.debitValues().isEmpty(),
                    "amount.indicator", "missing; creditValues and debitValues need it");
        }
    }

    static String normalize(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private void checkColumns(
            EntryColumns columns, boolean header, AmountColumns amount, List<Column> extra) {
        check(columns.bookingDate() != null, "columns.bookingDate",
                "missing; every entry needs a date");
        check(columns.instructedAmount() == null || columns.instructedCurrency() != null,
                "columns.instructedCurrency", "missing; instructedAmount needs it");
        if (header) {
            return;
        }
        List<EntryColumns.Named> all = new ArrayList<>(columns.all());
        if (amount != null) {
            addNamed(all, "amount.amount", amount.amount());
            addNamed(all, "amount.debit", amount.debit());
            addNamed(all, "amount.credit", amount.credit());
            addNamed(all, "amount.indicator", amount.indicator());
        }
        for (int i = 0; i < extra.size(); i++) {
            addNamed(all, "extraColumns[" + i + "]", extra.get(i));
        }
        for (EntryColumns.Named named : all) {
            String field = named.field().startsWith("amount.") || named.field().startsWith("extra")
                    ? named.field()
                    : "columns." + named.field();
            check(!named.column().isNamed(), field,
                    "header is false, so refer to the column by its 0-based index");
        }
    }

    private static void addNamed(List<EntryColumns.Named> all, String field, Column column) {
        if (column != null) {
            all.add(new EntryColumns.Named(field, column));
        }
    }

    private void checkSources(
            String fixed, Column column, List<MetadataRule> metadata, MetadataField field,
            String name, boolean required) {
        int sources = (fixed != null ? 1 : 0) + (column != null ? 1 : 0);
        for (MetadataRule rule : metadata) {
            if (rule != null && rule.field() == field) {
                sources++;
                break;
            }
        }
        check(sources <= 1, name, "set only one of " + name + ", columns." + name
                + " and a " + field + " metadata rule");
        if (required) {
            check(sources == 1, name, "missing; set " + name + ", columns." + name
                    + " or a " + field + " metadata rule");
        }
    }

    private void checkCurrencyCode(String currency) {
        if (currency == null) {
            return;
        }
        try {
            Currency code = Currency.getInstance(currency);
            check(code.getDefaultFractionDigits() >= 0, "currency",
                    "'" + currency + "' has no decimal scale");
        } catch (IllegalArgumentException e) {
            problems.add("currency: '" + currency + "' is not an ISO 4217 currency code");
        }
    }

    private void checkStatus(Column status, Map<String, EntryStatus> statusValues) {
        check(status == null || !statusValues.isEmpty(), "statusValues",
                "missing; map each value of columns.status to BOOKED, PENDING or INFO");
        check(status != null || statusValues.isEmpty(), "columns.status",
                "missing; statusValues needs a status column");
        for (Map.Entry<String, EntryStatus> value : statusValues.entrySet()) {
            check(value.getValue() != null, "statusValues." + value.getKey(), "must not be null");
        }
    }

    private void checkMetadata(List<MetadataRule> metadata) {
        for (int i = 0; i < metadata.size(); i++) {
            String field = "metadata[" + i + "]";
            MetadataRule rule = metadata.get(i);
            if (rule == null || rule.field() == null || rule.pattern() == null) {
                problems.add(field + ": needs field and pattern");
                continue;
            }
            Pattern pattern = compile(field + ".pattern", rule.pattern());
            if (pattern == null) {
                continue;
            }
            boolean captures = rule.pattern().contains("(?<value>");
            check(rule.rowOffset() == 0 || rule.rowOffset() == 1, field + ".rowOffset",
                    "must be 0 or 1, got " + rule.rowOffset());
            check(rule.valueColumn() == null || rule.valueColumn() >= 0, field + ".valueColumn",
                    "must be 0 or more, got " + rule.valueColumn());
            if (captures) {
                check(rule.valueColumn() == null && rule.rowOffset() == 0, field,
                        "a pattern with a (?<value>...) group takes its value from the matched"
                                + " cell; drop valueColumn and rowOffset");
            } else {
                check(rule.valueColumn() != null || rule.rowOffset() == 1, field,
                        "add a (?<value>...) group, a valueColumn or rowOffset 1");
            }
        }
    }

    private void checkTrailer(TrailerRule trailer) {
        check(trailer.rows() >= 0, "trailer.rows", "must be 0 or more, got " + trailer.rows());
        check(trailer.pattern() == null || trailer.rows() == 0, "trailer",
                "set either pattern or rows, not both");
        if (trailer.pattern() != null) {
            compile("trailer.pattern", trailer.pattern());
        }
    }

    private Pattern compile(String field, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problems.add(field + ": not a valid regular expression: " + e.getDescription());
            return null;
        }
    }
}
