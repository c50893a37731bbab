package io.github.receivables.reconciliation.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses dates with the mapping's patterns, strictly and without any JVM default. */
final class DateParser {

    private static final LocalDateTime PROBE = LocalDateTime.of(2024, 1, 31, 13, 45, 30);

    private final List<DateTimeFormatter> formatters;
    private final List<String> patterns;

    DateParser(List<String> patterns, String languageTag) {
        Locale locale = locale(languageTag);
        this.patterns = List.copyOf(patterns);
        this.formatters = new ArrayList<>();
        for (String pattern : patterns) {
            formatters.add(compile(pattern, locale));
        }
    }

    static Locale locale(String languageTag) {
        return languageTag == null || languageTag.isEmpty()
                ? Locale.ROOT
                : Locale.forLanguageTag(languageTag);
    }

    /**
     * Compiles a pattern for strict parsing. Strict resolution reads {@code y} as year of era,
     * which needs an era field to resolve, so unquoted {@code y} letters become {@code u}.
     */
    static DateTimeFormatter compile(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(prolepticYears(pattern), locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Checks that a pattern compiles and yields a whole date.
     *
     * @return null when usable, else what is wrong
     */
    static String problem(String pattern, Locale locale) {
        try {
            DateTimeFormatter formatter = compile(pattern, locale);
            String text = formatter.format(PROBE);
            LocalDate parsed = toDate(formatter.parse(text));
            if (parsed == null) {
                return "pattern '" + pattern + "' does not contain a full date (year, month, day)";
            }
            return null;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return "pattern '" + pattern + "' is not a usable date pattern: " + e.getMessage();
        }
    }

    private static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    private static LocalDate toDate(TemporalAccessor parsed) {
        return parsed.query(TemporalQueries.localDate());
    }

    /**
     * Parses text with the first pattern that accepts it.
     *
     * @return the date, or null when no pattern accepts the text
     */
    LocalDate parse(String text) {
        for (DateTimeFormatter formatter : formatters) {
            try {
                LocalDate date = toDate(formatter.parse(text));
                if (date != null) {
                    return date;
                }
            } catch (DateTimeParseException e) {
                // The next pattern may accept it; the caller reports when none does.
            }
        }
        return null;
    }

    List<String> patterns() {
        return patterns;
    }
}
