package io.github.receivables.reconciliation.csv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.receivables.reconciliation.statement.EntryStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to turn the rows of a CSV file or a worksheet into statement entries. The same mapping
 * drives {@link CsvStatementReader} and {@link SpreadsheetStatementReader}; each ignores the
 * settings that belong to the other ({@code delimiter}, {@code quote} and {@code encoding} are
 * CSV only, {@code sheet} is spreadsheet only).
 *
 * <p>Numbers are read with the mapping's separators and nothing is guessed per row: with decimal
 * separator {@code ,} and grouping separator {@code .}, {@code -3.000} is minus three thousand.
 * Mappings are saved and loaded as JSON by {@link ColumnMappings}; ready ones come from
 * {@link MappingPresets}. Every instance is valid: the constructor rejects inconsistent settings
 * with an {@link InvalidMappingException} that names each field.
 *
 * @param name a short identifier of letters, digits, {@code _}, {@code -} and {@code .}; used as
 *     the issuer of transaction codes and as the account when the file names none; never null
 * @param description free text for people, or null
 * @param delimiter the CSV field separator
 * @param quote the CSV quote character, or null when fields are never quoted
 * @param encoding the CSV character set name used when the file starts with no byte order mark;
 *     never null
 * @param sheet which worksheet to read; never null
 * @param skipRows rows before the header row (or before the first entry row when there is no
 *     header); CSV counts records, spreadsheets count sheet rows including empty ones
 * @param header whether the row after the skipped rows names the columns
 * @param dateFormats {@link java.time.format.DateTimeFormatter} patterns tried in order; parsed
 *     strictly, with {@code y} read as the proleptic year {@code u}; never empty
 * @param dateLocale BCP 47 language tag for month and day names in dates, or an empty string for
 *     {@link java.util.Locale#ROOT}; never null
 * @param decimalSeparator the decimal separator of amounts
 * @param groupingSeparator the thousands separator of amounts, or null when amounts have none
 * @param minorUnits whether amounts are whole numbers of the currency's minor unit (cents)
 * @param amount where the amount is and how its sign is decided; never null
 * @param currency a fixed ISO 4217 currency for every row, or null when a column or a metadata
 *     rule gives it
 * @param columns the other entry columns; never null
 * @param statusValues status column values (compared trimmed, ignoring case) and the status each
 *     means; an empty status cell means booked; never null
 * @param extraColumns columns kept in each entry's extra map under their header name; never null
 * @param metadata rules that read statement facts from rows outside the entry table; never null
 * @param trailer where the entry rows end; never null
 * @param rowOrder whether the file lists the oldest or the newest booking first; never null
 * @param account a fixed account identifier, or null when a column or a metadata rule gives it
 */
@JsonDeserialize(builder = ColumnMapping.Builder.class)
public record ColumnMapping(
        String name,
        String description,
        char delimiter,
        @JsonInclude(JsonInclude.Include.ALWAYS) Character quote,
        String encoding,
        SheetSelection sheet,
        int skipRows,
        boolean header,
        List<String> dateFormats,
        String dateLocale,
        char decimalSeparator,
        Character groupingSeparator,
        boolean minorUnits,
        AmountColumns amount,
        String currency,
        EntryColumns columns,
        Map<String, EntryStatus> statusValues,
        List<Column> extraColumns,
        List<MetadataRule> metadata,
        TrailerRule trailer,
        RowOrder rowOrder,
        String account) {

    /**
     * Fills defaults, copies the collections and validates every setting.
     *
     * @throws InvalidMappingException if any setting is missing or inconsistent; its problems name
     *     each field
     */
    public ColumnMapping {
        encoding = encoding == null ? "UTF-8" : encoding;
        sheet = sheet == null ? SheetSelection.FIRST : sheet;
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
        dateLocale = dateLocale == null ? "" : dateLocale;
        columns = columns == null ? EntryColumns.builder().build() : columns;
        statusValues = statusValues == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(statusValues));
        extraColumns = extraColumns == null ? List.of() : List.copyOf(extraColumns);
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
        trailer = trailer == null ? TrailerRule.NONE : trailer;
        rowOrder = rowOrder == null ? RowOrder.OLDEST_FIRST : rowOrder;
        List<String> problems = MappingValidator.problems(name, delimiter, quote, encoding, sheet,
                skipRows, header, dateFormats, dateLocale, decimalSeparator, groupingSeparator,
                amount, currency, columns, statusValues, extraColumns, metadata, trailer, account);
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(name, problems);
        }
    }

    /**
     * Starts a builder with the defaults: comma delimiter, double-quote quoting, UTF-8, a header
     * row, decimal point, no grouping separator, oldest row first.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding every setting of this mapping, to derive a variant.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .name(name).description(description).delimiter(delimiter).quote(quote)
                .encoding(encoding).sheet(sheet).skipRows(skipRows).header(header)
                .dateFormats(dateFormats).dateLocale(dateLocale)
                .decimalSeparator(decimalSeparator).groupingSeparator(groupingSeparator)
                .minorUnits(minorUnits).amount(amount).currency(currency).columns(columns)
                .statusValues(statusValues).extraColumns(extraColumns).metadata(metadata)
                .trailer(trailer).rowOrder(rowOrder).account(account);
    }

    /**
     * Collects settings and builds a validated {@link ColumnMapping}. Each setter name is also the
     * JSON property name. Not thread-safe.
     */
    @JsonPOJOBuilder(withPrefix = "")
    public static final class Builder {
        private String name;
        private String description;
        private char delimiter = ',';
        private Character quote = '"';
        private String encoding = "UTF-8";
        private SheetSelection sheet = SheetSelection.FIRST;
        private int skipRows;
        private boolean header = true;
        private List<String> dateFormats = new ArrayList<>();
        private String dateLocale = "";
        private char decimalSeparator = '.';
        private Character groupingSeparator;
        private boolean minorUnits;
        private AmountColumns amount;
        private String currency;
        private EntryColumns columns;
        private Map<String, EntryStatus> statusValues = new LinkedHashMap<>();
        private List<Column> extraColumns = new ArrayList<>();
        private List<MetadataRule> metadata = new ArrayList<>();
        private TrailerRule trailer = TrailerRule.NONE;
        private RowOrder rowOrder = RowOrder.OLDEST_FIRST;
        private String account;

        private Builder() {}

        /**
         * Sets the mapping's name.
         *
         * @param value letters, digits, {@code _}, {@code -} and {@code .}
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets a description for people.
         *
         * @param value the text, or null
         * @return this builder
         */
        public Builder description(String value) {
            description = value;
            return this;
        }

        /**
         * Sets the CSV field separator.
         *
         * @param value the separator, such as {@code ;} or a tab
         * @return this builder
         */
        @JsonDeserialize(using = SingleCharacterDeserializer.Delimiter.class)
        public Builder delimiter(char value) {
            delimiter = value;
            return this;
        }

        /**
         * Sets the CSV quote character.
         *
         * @param value the quote character, or null when fields are never quoted
         * @return this builder
         */
        @JsonDeserialize(using = SingleCharacterDeserializer.Quote.class)
        public Builder quote(Character value) {
            quote = value;
            return this;
        }

        /**
         * Sets the CSV character set used when the file has no byte order mark.
         *
         * @param value a character set name, such as {@code UTF-8} or {@code windows-1252}
         * @return this builder
         */
        public Builder encoding(String value) {
            encoding = value;
            return this;
        }

        /**
         * Selects the worksheet to read.
         *
         * @param value the selection
         * @return this builder
         */
        public Builder sheet(SheetSelection value) {
            sheet = value;
            return this;
        }

        /**
         * Sets the number of rows before the header row.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder skipRows(int value) {
            skipRows = value;
            return this;
        }

        /**
         * Sets whether a header row names the columns.
         *
         * @param value true when there is a header row
         * @return this builder
         */
        public Builder header(boolean value) {
            header = value;
            return this;
        }

        /**
         * Replaces the date patterns.
         *
         * @param values patterns tried in order
         * @return this builder
         */
        public Builder dateFormats(List<String> values) {
            dateFormats = values == null ? new ArrayList<>() : new ArrayList<>(values);
            return this;
        }

        /**
         * Adds one date pattern after those already set.
         *
         * @param pattern a {@link java.time.format.DateTimeFormatter} pattern
         * @return this builder
         */
        @JsonIgnore
        public Builder addDateFormat(String pattern) {
            dateFormats.add(pattern);
            return this;
        }

        /**
         * Sets the language of month and day names in dates.
         *
         * @param value a BCP 47 tag such as {@code es}, or an empty string for the root locale
         * @return this builder
         */
        public Builder dateLocale(String value) {
            dateLocale = value;
            return this;
        }

        /**
         * Sets the decimal separator.
         *
         * @param value the separator, usually {@code .} or {@code ,}
         * @return this builder
         */
        @JsonDeserialize(using = SingleCharacterDeserializer.DecimalSeparator.class)
        public Builder decimalSeparator(char value) {
            decimalSeparator = value;
            return this;
        }

        /**
         * Sets the thousands separator.
         *
         * @param value the separator, or null when amounts have none
         * @return this builder
         */
        @JsonDeserialize(using = SingleCharacterDeserializer.GroupingSeparator.class)
        public Builder groupingSeparator(Character value) {
            groupingSeparator = value;
            return this;
        }

        /**
         * Sets whether amounts are written in the currency's minor unit.
         *
         * @param value true when {@code 1234} means 12.34 USD
         * @return this builder
         */
        public Builder minorUnits(boolean value) {
            minorUnits = value;
            return this;
        }

        /**
         * Sets the amount layout.
         *
         * @param value the layout
         * @return this builder
         */
        public Builder amount(AmountColumns value) {
            amount = value;
            return this;
        }

        /**
         * Sets a fixed currency.
         *
         * @param value an ISO 4217 code, or null
         * @return this builder
         */
        public Builder currency(String value) {
            currency = value;
            return this;
        }

        /**
         * Sets the entry columns.
         *
         * @param value the columns
         * @return this builder
         */
        public Builder columns(EntryColumns value) {
            columns = value;
            return this;
        }

        /**
         * Replaces the status value map.
         *
         * @param values status cell values and what each means
         * @return this builder
         */
        public Builder statusValues(Map<String, EntryStatus> values) {
            statusValues = values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
            return this;
        }

        /**
         * Replaces the extra columns.
         *
         * @param values columns kept by header name in each entry's extra map
         * @return this builder
         */
        public Builder extraColumns(List<Column> values) {
            extraColumns = values == null ? new ArrayList<>() : new ArrayList<>(values);
            return this;
        }

        /**
         * Replaces the metadata rules.
         *
         * @param values the rules
         * @return this builder
         */
        public Builder metadata(List<MetadataRule> values) {
            metadata = values == null ? new ArrayList<>() : new ArrayList<>(values);
            return this;
        }

        /**
         * Adds one metadata rule.
         *
         * @param rule the rule
         * @return this builder
         */
        @JsonIgnore
        public Builder addMetadata(MetadataRule rule) {
            metadata.add(rule);
            return this;
        }

        /**
         * Sets where the entry rows end.
         *
         * @param value the trailer rule
         * @return this builder
         */
        public Builder trailer(TrailerRule value) {
            trailer = value;
            return this;
        }

        /**
         * Sets whether the oldest or the newest booking comes first.
         *
         * @param value the order
         * @return this builder
         */
        public Builder rowOrder(RowOrder value) {
            rowOrder = value;
            return this;
        }

        /**
         * Sets a fixed account identifier.
         *
         * @param value an IBAN or account number, or null
         * @return this builder
         */
        public Builder account(String value) {
            account = value;
            return this;
        }

        /**
         * Validates the settings and creates the mapping.
         *
         * @return the mapping; never null
         * @throws InvalidMappingException if any setting is missing or inconsistent
         */
        public ColumnMapping build() {
            return new ColumnMapping(name, description, delimiter, quote, encoding, sheet,
                    skipRows, header, dateFormats, dateLocale, decimalSeparator, groupingSeparator,
                    minorUnits, amount, currency, columns, statusValues, extraColumns, metadata,
                    trailer, rowOrder, account);
        }
    }
}
