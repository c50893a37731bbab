package io.github.receivables.reconciliation.matching.generator;

import io.github.receivables.reconciliation.matching.CashApplication;
import io.github.receivables.reconciliation.matching.Decision;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchingConfig;
import io.github.receivables.reconciliation.matching.MatchingEngine;
import io.github.receivables.reconciliation.matching.RunReport;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.memory.InMemoryAllocationWriter;
import io.github.receivables.reconciliation.matching.memory.InMemoryDecisionLog;
import io.github.receivables.reconciliation.matching.memory.InMemoryPayerRules;
import io.github.receivables.reconciliation.matching.memory.InMemorySettlementSource;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a matcher against a generated data set's expected outcomes: precision of what it
 * automated, share of lines automated, and share of its suggestions that are correct, per shape.
 */
public final class AccuracyEvaluator {

    private AccuracyEvaluator() {}

    /**
     * Runs the engine with in-memory ports over both statements of a data set and measures it.
     *
     * @param data the data set; never null
     * @param config the matching configuration; never null
     * @return the report named "engine"
     */
    public static AccuracyReport evaluateEngine(GeneratedDataSet data, MatchingConfig config) {
        OpenItemIndex index = OpenItemIndex.build(data.customers(), data.items());
        InMemoryPayerRules rules = new InMemoryPayerRules();
        MatchingEngine engine = MatchingEngine.builder(index)
                .config(config)
                .payerRules(rules)
                .settlements(new InMemorySettlementSource(data.settlements()))
                .build();
        CashApplication application = new CashApplication(engine, new InMemoryAllocationWriter(),
                new InMemoryDecisionLog(), rules);
        RunReport first = application.run(data.statement(), data.settings().statementDate());
        RunReport later = application.run(data.laterStatement(),
                data.settings().statementDate().plusDays(7));
        return evaluate("engine", data, predictions(List.of(first, later)));
    }

    /**
     * Runs the baseline over a data set and measures it.
     *
     * @param data the data set; never null
     * @return the report named "baseline"
     */
    public static AccuracyReport evaluateBaseline(GeneratedDataSet data) {
        OpenItemIndex index = OpenItemIndex.build(data.customers(), data.items());
        return evaluate("baseline", data, BaselineMatcher.predict(data, index));
    }

    /**
     * Turns run reports into predictions: applied proposals are automated, queued lines carry
     * their first proposal as a suggestion, reopened reversals are automated.
     *
     * @param reports the runs, in order; never null
     * @return a prediction per line that was applied, suggested or reversed
     */
    public static Map<String, Prediction> predictions(List<RunReport> reports) {
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        for (RunReport report : reports) {
            for (LineOutcome outcome : report.outcomes()) {
                Decision decision = outcome.decision();
                if (decision == null) {
                    continue;
                }
                String lineId = outcome.line().id();
                switch (outcome.action()) {
                    case AUTO_APPLIED -> predictions.put(lineId,
                            Prediction.of(decision.proposals().get(0), true));
                    case QUEUED -> predictions.put(lineId,
                            Prediction.of(decision.proposals().get(0), false));
                    case REVERSED -> predictions.put(lineId, new Prediction(lineId, true,
                            Map.of(), Map.of(), decision.relatedLineId()));
                    default -> { }
                }
            }
        }
        return predictions;
    }

    /**
     * Compares predictions with the expected outcomes.
     *
     * @param matcher the matcher's name; never null
     * @param data the data set; never null
     * @param predictions the predictions by line id; lines without one count as not automated
     *     and not suggested; never null
     * @return the report
     */
    public static AccuracyReport evaluate(String matcher, GeneratedDataSet data,
            Map<String, Prediction> predictions) {
        Map<GeneratedShape, int[]> counts = new EnumMap<>(GeneratedShape.class);
        for (ExpectedOutcome expected : data.expected().values()) {
            int[] c = counts.computeIfAbsent(expected.shape(), k -> new int[5]);
            c[0]++;
            Prediction prediction = predictions.get(expected.lineId());
            if (prediction == null || !prediction.proposesSomething()) {
                continue;
            }
            boolean correct = prediction.matches(expected);
            int offset = prediction.automated() ? 1 : 3;
            c[offset]++;
            c[offset + 1] += correct ? 1 : 0;
        }
        Map<GeneratedShape, AccuracyReport.Counts> byShape = new EnumMap<>(GeneratedShape.class);
        counts.forEach((shape, c) -> byShape.put(shape,
                new AccuracyReport.Counts(c[0], c[1], c[2], c[3], c[4])));
        return new AccuracyReport(matcher, byShape);
    }
}
