package io.github.receivables.examples.quickstart.portfolio;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV record that fits on one line; fields may be quoted with double quotes. */
final class CsvLine {

    private CsvLine() {}

    /**
     * Splits a line.
     *
     * @param line the record without its line end; never null
     * @param delimiter the field separator
     * @return the fields, unquoted and stripped of surrounding spaces; never null
     * @throws IllegalArgumentException if a quoted field is not closed on the line or text
     *     follows its closing quote
     */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i <= line.length()) {
            if (i < line.length() && line.charAt(i) == '"' && field.toString().isBlank()) {
                i = quoted(line, i + 1, field, delimiter);
            }
            if (i >= line.length() || line.charAt(i) == delimiter) {
                fields.add(field.toString().strip());
                field.setLength(0);
                i++;
            } else {
                field.append(line.charAt(i++));
            }
        }
        return fields;
    }

    private static int quoted(String line, int start, StringBuilder field, char delimiter) {
        field.setLength(0);
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else if (c == '"') {
                int next = i + 1;
                while (next < line.length() && line.charAt(next) == ' ') {
                    next++;
                }
                if (next < line.length() && line.charAt(next) != delimiter) {
                    throw new IllegalArgumentException("text after the closing quote at column "
                            + (next + 1) + "; double a quote inside a quoted field");
                }
                return next;
            } else {
                field.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("quoted field opened at column " + start
                + " is not closed on this line; fields cannot span lines");
    }
}
