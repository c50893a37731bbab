package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.CustomerId;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns ranked candidates into a result: unmatched below the minimum score, ambiguous when the
 * runner-up comes within the margin, else matched with the losers kept as alternatives.
 */
final class ResultBuilder {

    private static final int MAX_LISTED = 5;

    private final LineContext context;
    private final MatchingSession session;
    private final MatchingConfig config;

    ResultBuilder(LineContext context, MatchingSession session, MatchingConfig config) {
        this.context = context;
        this.session = session;
        this.config = config;
    }

    MatchResult result(List<Candidate> ranked) {
        int first = 0;
        Proposal bestProposal = null;
        for (; first < ranked.size() && ranked.get(first).score >= config.minimumScoreBp();
                first++) {
            bestProposal = build(ranked.get(first));
            if (bestProposal != null) {
                break;
            }
        }
        if (bestProposal == null) {
            return unmatched(ranked);
        }
        Candidate best = ranked.get(first);
        List<Candidate> close = new ArrayList<>(List.of(best));
        List<Proposal> proposals = new ArrayList<>(List.of(bestProposal));
        for (int k = first + 1; k < ranked.size() && proposals.size() <= MAX_LISTED; k++) {
            Candidate next = ranked.get(k);
            if (best.raw - next.raw >= config.ambiguityMarginBp()
                    || next.score < config.minimumScoreBp()) {
                break;
            }
            Proposal proposal = build(next);
            if (proposal != null) {
                close.add(next);
                proposals.add(proposal);
            }
        }
        List<Alternative> rest = alternatives(best, ranked, close);
        if (close.size() == 1) {
            return new MatchResult.Matched(context.line, bestProposal, best.score, rest);
        }
        int gap = best.raw - close.get(1).raw;
        int confidence = Math.max(0, best.score - (config.ambiguityMarginBp() - gap));
        return new MatchResult.Ambiguous(context.line, proposals, confidence, rest);
    }

    private Proposal build(Candidate candidate) {
        Money pay = context.payAmountIn(
                session.index().item(candidate.items[0]).item().open().currency());
        return new ProposalBuilder(context.line, session, config).build(candidate, pay);
    }

    private MatchResult unmatched(List<Candidate> ranked) {
        CustomerId payer = null;
        if (context.identified.size() == 1) {
            int customer = context.identified.keySet().iterator().next();
            payer = session.index().customer(customer).id();
        }
        List<Alternative> listed = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (listed.size() == MAX_LISTED) {
                break;
            }
            listed.add(new Alternative(candidate.keys(session.index()), candidate.score,
                    "score " + candidate.score + " bp is below the minimum "
                    + config.minimumScoreBp() + " bp" + weakness(candidate)));
        }
        return new MatchResult.Unmatched(context.line, payer, context.line.amount(), listed);
    }

    private List<Alternative> alternatives(Candidate best, List<Candidate> ranked,
            List<Candidate> chosen) {
        List<Alternative> listed = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (listed.size() == MAX_LISTED) {
                break;
            }
            if (chosen.contains(candidate)) {
                continue;
            }
            listed.add(new Alternative(candidate.keys(session.index()), candidate.score,
                    "ranked " + candidate.raw + " bp against " + best.raw + " bp"
                    + weakness(candidate)));
        }
        return listed;
    }

    private static String weakness(Candidate candidate) {
        StringBuilder reason = new StringBuilder();
        boolean reference = false;
        for (Evidence evidence : candidate.evidence) {
            switch (evidence.kind()) {
                case REFERENCE_EXACT, REFERENCE_FUZZY -> reference = true;
                case AMOUNT_PARTIAL -> reason.append("; amount is below the open amount");
                case AMOUNT_OVERPAID -> reason.append("; amount exceeds the open amount");
                default -> { }
            }
        }
        if (!reference) {
            reason.append("; no reference");
        }
        return reason.toString();
    }
}
