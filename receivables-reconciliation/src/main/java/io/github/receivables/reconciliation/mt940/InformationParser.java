package io.github.receivables.reconciliation.mt940;

import io.github.receivables.reconciliation.statement.Party;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an :86: information field in the dialect it is written in: German {@code ?NN}
 * subfields, Dutch {@code /TAG/} values, or free text kept line by line. One instance serves the
 * :86: fields of a file and reuses the state of each dialect's parser. Not thread-safe.
 */
final class InformationParser {

    private final GermanInformation german = new GermanInformation();
    private final DutchInformation dutch = new DutchInformation();

    /**
     * Parses the field text.
     *
     * @param field the field's lines, joined, with the index where each ended
     * @return the counterparty, references and remittance the field contains; never null
     */
    Information parse(InformationField field) {
        String joined = field.joined();
        if (GermanInformation.matches(joined)) {
            return german.parse(joined);
        }
        if (DutchInformation.matches(joined)) {
            return dutch.parse(joined);
        }
        return new Information(joined.strip(), Party.UNKNOWN, freeTextLines(field), null, null,
                null, null, Map.of());
    }

    /**
     * Returns the lines of a free-text field that are not blank, each stripped, as an immutable
     * list that the records need not copy.
     */
    private static List<String> freeTextLines(InformationField field) {
        String joined = field.joined();
        int[] lineEnds = field.lineEnds();
        String[] lines = new String[lineEnds.length + 1];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= lineEnds.length; i++) {
            int end = i < lineEnds.length ? lineEnds[i] : joined.length();
            String stripped = TextRanges.stripped(joined, start, end);
            if (!stripped.isEmpty()) {
                lines[count++] = stripped;
            }
            start = end;
        }
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(lines[0]);
            case 2 -> List.of(lines[0], lines[1]);
            default -> List.of(Arrays.copyOf(lines, count));
        };
    }
}
