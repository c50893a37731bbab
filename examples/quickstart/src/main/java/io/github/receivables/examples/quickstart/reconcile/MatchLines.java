package io.github.receivables.examples.quickstart.reconcile;

import io.github.receivables.examples.quickstart.report.Amounts;
import io.github.receivables.examples.quickstart.report.DayReport.MatchLine;
import io.github.receivables.reconciliation.matching.Adjustment;
import io.github.receivables.reconciliation.matching.Alternative;
import io.github.receivables.reconciliation.matching.BankLine;
import io.github.receivables.reconciliation.matching.Evidence;
import io.github.receivables.reconciliation.matching.LineOutcome;
import io.github.receivables.reconciliation.matching.MatchResult;
import io.github.receivables.reconciliation.matching.Proposal;
import io.github.receivables.reconciliation.matching.ProposedAllocation;
import io.github.receivables.reconciliation.matching.store.StoreReconciler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns matching outcomes into the lines the console and the HTML report show. */
public final class MatchLines {

    private static final int TEXT_WIDTH = 70;

    private MatchLines() {}

    /**
     * Describes every outcome of a run, marking those in its review queue.
     *
     * @param result the run; never null
     * @return one line per outcome in statement order, numbered from 1; never null
     */
    public static List<MatchLine> of(StoreReconciler.Result result) {
        Set<LineOutcome> review = Collections.newSetFromMap(new IdentityHashMap<>());
        review.addAll(result.reviewQueue());
        List<MatchLine> lines = new ArrayList<>();
        int number = 0;
        for (LineOutcome outcome : result.report().outcomes()) {
            lines.add(describe(++number, outcome, review.contains(outcome)));
        }
        return lines;
    }

    private static MatchLine describe(int number, LineOutcome outcome, boolean inReview) {
        BankLine line = outcome.line();
        MatchResult result = outcome.result();
        Proposal proposal = proposal(result);
        List<String> items = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        String confidence = "";
        if (result instanceof MatchResult.Matched matched) {
            confidence = percent(matched.confidenceBp());
        } else if (result instanceof MatchResult.Ambiguous ambiguous) {
            confidence = percent(ambiguous.confidenceBp());
        }
        if (proposal != null) {
            items.addAll(items(proposal));
            proposal.evidence().forEach(piece -> evidence.add(evidence(piece)));
        }
        alternatives(result).forEach(alternative -> evidence.add("not " + alternative.items()
                + ": " + alternative.reason()));
        if (result instanceof MatchResult.NotApplicable notApplicable) {
            evidence.add(notApplicable.reason().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '));
        }
        return new MatchLine(number, line.date() == null ? "" : line.date().toString(),
                Amounts.format(line.amount()), text(line), outcome.action().name(), confidence,
                items, evidence, inReview);
    }

    private static Proposal proposal(MatchResult result) {
        if (result instanceof MatchResult.Matched matched) {
            return matched.proposal();
        }
        if (result instanceof MatchResult.Ambiguous ambiguous) {
            return ambiguous.contenders().get(0);
        }
        return null;
    }

    private static List<Alternative> alternatives(MatchResult result) {
        if (result instanceof MatchResult.Matched matched) {
            return matched.alternatives();
        }
        if (result instanceof MatchResult.Ambiguous ambiguous) {
            return ambiguous.alternatives();
        }
        if (result instanceof MatchResult.Unmatched unmatched) {
            return unmatched.alternatives();
        }
        return List.of();
    }

    private static List<String> items(Proposal proposal) {
        List<String> items = new ArrayList<>();
        for (ProposedAllocation allocation : proposal.allocations()) {
            items.add(allocation.item().documentId() + " " + Amounts.format(allocation.amount()));
        }
        for (Adjustment adjustment : proposal.adjustments()) {
            items.add(adjustment.kind().name().toLowerCase(Locale.ROOT) + " on "
                    + adjustment.item().documentId() + " " + Amounts.format(adjustment.amount()));
        }
        if (proposal.customerCredit().isPositive()) {
            items.add("credit " + Amounts.format(proposal.customerCredit()));
        }
        if (proposal.unapplied().isPositive()) {
            items.add("unapplied " + Amounts.format(proposal.unapplied()));
        }
        return items;
    }

    private static String evidence(Evidence piece) {
        return piece.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " +"
                + percent(piece.pointsBp()) + " (" + piece.detail() + ")";
    }

    private static String text(BankLine line) {
        String payer = line.payer().name() == null ? "" : line.payer().name() + ": ";
        String text = (payer + line.remittance()).strip();
        return text.length() <= TEXT_WIDTH ? text : text.substring(0, TEXT_WIDTH - 3) + "...";
    }

    private static String percent(int basisPoints) {
        return String.format(Locale.ROOT, "%d.%02d%%", basisPoints / 100, basisPoints % 100);
    }
}
