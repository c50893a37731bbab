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
                    reason(BELOW_MINIMUM, candidate)));
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
                    reason(LOWER_RANK, candidate)));
        }
        return listed;
    }

    /**
     * Picks the reason text for a losing candidate from fixed phrases, so that listing
     * alternatives allocates no new strings; the score itself is in the alternative.
     */
    private static String reason(int base, Candidate candidate) {
        boolean reference = false;
        int amount = 0;
        for (Evidence evidence : candidate.evidence) {
            switch (evidence.kind()) {
                case REFERENCE_EXACT, REFERENCE_FUZZY -> reference = true;
                case AMOUNT_PARTIAL -> amount = 1;
                case AMOUNT_OVERPAID -> amount = 2;
                default -> { }
            }
        }
        return REASONS[base][amount][reference ? 0 : 1];
    }

    private static final int LOWER_RANK = 0;
    private static final int BELOW_MINIMUM = 1;
    private static final String[][][] REASONS = reasons();

    private static String[][][] reasons() {
        String[] bases = {"ranked below the winner", "score below the minimum"};
        String[] amounts = {"", "; amount is below the open amount",
            "; amount exceeds the open amount"};
        String[][][] texts = new String[2][3][2];
        for (int b = 0; b < 2; b++) {
            for (int a = 0; a < 3; a++) {
                texts[b][a][0] = bases[b] + amounts[a];
                texts[b][a][1] = bases[b] + amounts[a] + "; no reference";
            }
        }
        return texts;
    }
}
