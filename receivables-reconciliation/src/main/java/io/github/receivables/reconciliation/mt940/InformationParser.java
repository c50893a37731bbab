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
     * @return the counterparty, references and remittance the field contains; never null
     */
    static Information parse(String field) {
        String joined = field.indexOf('\n') < 0 ? field : field.replace("\n", "");
        if (GermanInformation.matches(joined)) {
            return GermanInformation.parse(joined);
        }
        if (DutchInformation.matches(joined)) {
            return DutchInformation.parse(joined);
        }
        List<String> lines = new ArrayList<>();
        for (String line : field.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return new Information(joined.strip(), Party.UNKNOWN, lines, null, null, null, null,
                Map.of());
    }
}
