package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.document.CollectionStatus;
import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import io.github.receivables.reconciliation.matching.score.ReferenceSimilarity;
import io.github.receivables.reconciliation.matching.score.Similarity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Scores candidates of one line: references, payer, amount and date, each with its weight. */
final class CandidateScorer {

    /** Initial capacity: a reference, four payer kinds, amount, date and the budget note. */
    private static final int MAX_EVIDENCE = 8;

    private final LineContext context;
    private final MatchingSession session;
    private final OpenItemIndex index;
    private final MatchingConfig config;
    private final ScoringWeights weights;

    CandidateScorer(LineContext context, MatchingSession session, MatchingConfig config) {
        this.context = context;
        this.session = session;
        this.index = session.index();
        this.config = config;
        this.weights = config.weights();
    }

    /** Scores a candidate; returns false when its amounts cannot be compared with the line. */
    boolean score(Candidate candidate) {
        List<Evidence> evidence = new ArrayList<>(MAX_EVIDENCE);
        Evidence reference = referenceEvidence(candidate);
        if (reference != null) {
            evidence.add(reference);
        }
        context.addPayerEvidence(candidate.customer, evidence);
        Evidence amount = amountEvidence(candidate);
        if (amount == null) {
            return false;
        }
        evidence.add(amount);
        Evidence date = dateEvidence(candidate);
        if (date != null) {
            evidence.add(date);
        }
        if (candidate.reviewRequired) {
            evidence.add(Evidence.of(Evidence.Kind.SEARCH_BUDGET_EXHAUSTED, 0, 0,
                    "subset search stopped at its budget; review required"));
        }
        int total = 0;
        for (Evidence item : evidence) {
            total += item.pointsBp();
        }
        candidate.raw = total;
        candidate.score = Math.min(Similarity.FULL, total);
        candidate.evidence = List.copyOf(evidence);
        return true;
    }

    private Evidence referenceEvidence(Candidate candidate) {
        int best = 0;
        boolean exact = false;
        int receivables = 0;
        int referenced = 0;
        for (int position : candidate.items) {
            OpenItem item = index.item(position).item();
            if (!item.kind().isReceivable()) {
                continue;
            }
            receivables++;
            Integer hit = context.referenceHits.get(position);
            int strength = hit != null ? hit : fuzzyStrength(position);
            if (strength > 0) {
                referenced++;
                exact |= hit != null;
                best = Math.max(best, strength);
            }
        }
        if (referenced == 0) {
            return null;
        }
        int strength = (int) ((long) best * referenced / receivables);
        Evidence.Kind kind = exact ? Evidence.Kind.REFERENCE_EXACT : Evidence.Kind.REFERENCE_FUZZY;
        String detail = referenced == receivables ? "a reference names every item"
                : "a reference names some of the items";
        return Evidence.of(kind, weights.reference(), strength, detail);
    }

    private int fuzzyStrength(int position) {
        String[] keys = index.keysOf(position);
        int best = 0;
        for (ExtractedReference reference : context.references) {
            if (!reference.isDocumentReference() || reference.key().length() < 4) {
                continue;
            }
            for (String key : keys) {
                if (key.length() >= 4) {
                    best = Math.max(best, ReferenceSimilarity.strengthBp(reference.key(), key));
                }
            }
        }
        return best;
    }

    private Evidence amountEvidence(Candidate candidate) {
        OpenItem first = index.item(candidate.items[0]).item();
        Money pay = context.payAmountIn(first.open().currency());
        if (pay == null) {
            return null;
        }
        long needed = neededMinor(candidate);
        long gap = needed - pay.minorUnits();
        if (gap == 0) {
            return candidate.fromSubsetSearch
                    ? Evidence.of(Evidence.Kind.AMOUNT_SUBSET, weights.amountExact(), 10_000,
                            "amount equals the sum of the open items")
                    : Evidence.of(Evidence.Kind.AMOUNT_EXACT, weights.amountExact(), 10_000,
                            "amount equals the open amount");
        }
        if (withinTolerance(gap, pay)) {
            return Evidence.of(Evidence.Kind.AMOUNT_WITHIN_TOLERANCE, weights.amountTolerance(),
                    10_000, "amount is within tolerance of the open amount");
        }
        return gap > 0
                ? Evidence.of(Evidence.Kind.AMOUNT_PARTIAL, weights.amountPartial(), 10_000,
                        "amount is below the open amount")
                : Evidence.of(Evidence.Kind.AMOUNT_OVERPAID, weights.amountPartial(), 10_000,
                        "amount exceeds the open amount");
    }

    /** Receivables' remaining amounts less the credit notes' remaining amounts. */
    private long neededMinor(Candidate candidate) {
        long needed = 0;
        for (int position : candidate.items) {
            long remaining = session.remaining(position);
            needed += index.item(position).item().kind().isReceivable() ? remaining : -remaining;
        }
        return needed;
    }

    private boolean withinTolerance(long gap, Money pay) {
        Tolerance tolerance = config.tolerance(pay.currency());
        boolean crossCurrency = !pay.currency().equals(context.line.amount().currency());
        if (crossCurrency) {
            return Math.abs(gap) <= tolerance.exchangeMinor();
        }
        Money charges = context.line.charges();
        if (gap > 0 && charges != null && charges.currency().equals(pay.currency())
                && charges.minorUnits() == gap) {
            return true;
        }
        return gap > 0 ? gap <= Math.max(tolerance.bankFeeMinor(), tolerance.roundingMinor())
                : -gap <= tolerance.roundingMinor();
    }

    private Evidence dateEvidence(Candidate candidate) {
        LocalDate lineDate = context.line.date();
        if (lineDate == null) {
            return null;
        }
        long total = 0;
        int count = 0;
        for (int position : candidate.items) {
            OpenItem item = index.item(position).item();
            if (item.kind().isReceivable()) {
                LocalDate target = item.status() instanceof CollectionStatus.Promised promise
                        ? promise.dueBy() : item.dueDate();
                long days = Math.abs(ChronoUnit.DAYS.between(target, lineDate));
                long horizon = config.dateHorizonDays();
                total += Math.max(0, 10_000 - days * 10_000 / horizon);
                count++;
            }
        }
        int strength = count == 0 ? 0 : (int) (total / count);
        return Evidence.of(Evidence.Kind.DATE_PROXIMITY, weights.date(), strength,
                "line date is near the due or promised date");
    }
}
