package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an :86: information field in the dialect it is written in: German {@code ?NN}
 * subfields, Dutch {@code /TAG/} values, or free text kept line by line.
 */
final class InformationParser {

    private InformationParser() {}

    /**
     * Parses the field text.
     *
     * @param field the field's lines separated by line feeds, without the tag
     * @param fields the map to collect subfields in, cleared first and reused by the caller
     * @return the counterparty, references and remittance the field contains; never null
     */
    static Information parse(String field, ExtraFields fields) {
        String joined = field.indexOf('\n') < 0 ? field : field.replace("\n", "");
        if (GermanInformation.matches(joined)) {
            return GermanInformation.parse(joined, fields.clear());
        }
        if (DutchInformation.matches(joined)) {
            return DutchInformation.parse(joined, fields.clear());
        }
        return new Information(joined.strip(), Party.UNKNOWN, freeTextLines(field), null, null,
                null, null, Map.of());
    }

    /** Returns the lines of a free-text field that are not blank, each stripped. */
    private static List<String> freeTextLines(String field) {
        List<String> lines = new ArrayList<>(4);
        int start = 0;
        while (start <= field.length()) {
            int end = field.indexOf('\n', start);
            if (end < 0) {
                end = field.length();
            }
            String stripped = TextRanges.stripped(field, start, end);
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
            start = end + 1;
        }
        return lines;
    }
}
