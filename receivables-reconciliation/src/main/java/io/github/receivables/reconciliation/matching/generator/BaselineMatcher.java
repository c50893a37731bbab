package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.ExtractedReference;
import io.github.receivables.reconciliation.matching.ReferenceExtractor;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.statement.StatementEntry;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple matcher the engine is compared with: it applies a line only when a reference found
 * in its text names exactly one open item whose open amount equals the line's amount exactly.
 * It makes no suggestions and uses no payer identity, tolerance, set or reversal.
 */
public final class BaselineMatcher {

    private BaselineMatcher() {}

    /**
     * Runs the baseline over a data set's statements.
     *
     * @param data the data set; never null
     * @param index the index over the data set's items; never null
     * @return a prediction per line that was applied; lines left out were not automated
     */
    public static Map<String, Prediction> predict(GeneratedDataSet data, OpenItemIndex index) {
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        Map<Integer, Long> consumed = new HashMap<>();
        ReferenceExtractor extractor = ReferenceExtractor.basic();
        for (List<StatementEntry> statement : List.of(data.statement(), data.laterStatement())) {
            for (StatementEntry entry : statement) {
                for (BankLine line : BankLine.of(entry)) {
                    if (line.isSettledCredit()) {
                        predictLine(line, index, extractor, consumed, predictions);
                    }
                }
            }
        }
        return predictions;
    }

    private static void predictLine(BankLine line, OpenItemIndex index,
            ReferenceExtractor extractor, Map<Integer, Long> consumed,
            Map<String, Prediction> predictions) {
        Set<Integer> fitting = new LinkedHashSet<>();
        for (ExtractedReference reference : extractor.extract(line)) {
            if (!reference.isDocumentReference()) {
                continue;
            }
            for (int position : index.byReference(reference.key())) {
                OpenItem item = index.item(position).item();
                long remaining = item.open().minorUnits() - consumed.getOrDefault(position, 0L);
                if (item.kind().isReceivable()
                        && item.open().currency().equals(line.amount().currency())
                        && remaining == line.amount().minorUnits()) {
                    fitting.add(position);
                }
            }
        }
        if (fitting.size() == 1) {
            int position = fitting.iterator().next();
            consumed.merge(position, line.amount().minorUnits(), Long::sum);
            predictions.put(line.id(), new Prediction(line.id(), true,
                    Map.of(index.item(position).key(), line.amount().minorUnits()), Map.of(),
                    null));
        }
    }
}
