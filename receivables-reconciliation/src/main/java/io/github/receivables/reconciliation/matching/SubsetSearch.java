package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * Bounded subset sum over one customer's open items: finds sets of receivables, optionally
 * netted with credit notes, whose remaining amounts add up exactly (in minor units) to a target.
 * Stops after two solutions, since a second one already makes the result ambiguous.
 */
final class SubsetSearch {

    /** The solutions found and whether the budget cut the search short. */
    record Result(List<int[]> solutions, boolean budgetExhausted) {}

    private final MatchingSession session;
    private final SubsetSearchBudget budget;
    private long steps;
    private boolean exhausted;
    private boolean truncated;
    private final List<int[]> solutions = new ArrayList<>(2);

    SubsetSearch(MatchingSession session, SubsetSearchBudget budget) {
        this.session = session;
        this.budget = budget;
    }

    Result search(int[] customerItems, Currency currency, long target) {
        OpenItemIndex index = session.index();
        List<Integer> receivables = new ArrayList<>();
        List<Integer> credits = new ArrayList<>();
        for (int position : customerItems) {
            OpenItem item = index.item(position).item();
            if (!item.open().currency().equals(currency) || session.remaining(position) <= 0) {
                continue;
            }
            if (item.kind().isReceivable()) {
                receivables.add(position);
            } else {
                credits.add(position);
            }
        }
        if (receivables.size() > budget.maxItems()) {
            truncated = true;
            receivables = receivables.subList(0, budget.maxItems());
        }
        if (credits.size() > budget.maxCreditNotes()) {
            truncated = true;
            credits = credits.subList(0, budget.maxCreditNotes());
        }
        runOverCreditSubsets(sortByAmountDescending(receivables), credits, target);
        return new Result(List.copyOf(solutions), exhausted || truncated);
    }

    private int[] sortByAmountDescending(List<Integer> positions) {
        return positions.stream()
                .sorted((a, b) -> Long.compare(session.remaining(b), session.remaining(a)))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private void runOverCreditSubsets(int[] receivables, List<Integer> credits, long target) {
        long[] amounts = new long[receivables.length];
        long[] suffix = new long[receivables.length + 1];
        for (int i = receivables.length - 1; i >= 0; i--) {
            amounts[i] = session.remaining(receivables[i]);
            suffix[i] = suffix[i + 1] + amounts[i];
        }
        for (int mask = 0; mask < 1 << credits.size() && solutions.size() < 2 && !exhausted;
                mask++) {
            long credit = 0;
            List<Integer> chosenCredits = new ArrayList<>();
            for (int c = 0; c < credits.size(); c++) {
                if ((mask & 1 << c) != 0) {
                    credit += session.remaining(credits.get(c));
                    chosenCredits.add(credits.get(c));
                }
            }
            int minimumSize = chosenCredits.isEmpty() ? 2 : 1;
            dfs(receivables, amounts, suffix, 0, target + credit, new ArrayList<>(), minimumSize,
                    chosenCredits);
        }
    }

    private void dfs(int[] receivables, long[] amounts, long[] suffix, int from, long left,
            List<Integer> chosen, int minimumSize, List<Integer> credits) {
        if (solutions.size() >= 2 || exhausted) {
            return;
        }
        if (++steps > budget.maxSteps()) {
            exhausted = true;
            return;
        }
        if (left == 0) {
            if (chosen.size() >= minimumSize) {
                record(chosen, credits);
            }
            return;
        }
        if (from == receivables.length || suffix[from] < left) {
            return;
        }
        if (amounts[from] <= left) {
            chosen.add(receivables[from]);
            dfs(receivables, amounts, suffix, from + 1, left - amounts[from], chosen, minimumSize,
                    credits);
            chosen.remove(chosen.size() - 1);
        }
        dfs(receivables, amounts, suffix, from + 1, left, chosen, minimumSize, credits);
    }

    private void record(List<Integer> chosen, List<Integer> credits) {
        int[] solution = new int[chosen.size() + credits.size()];
        int k = 0;
        for (int position : chosen) {
            solution[k++] = position;
        }
        for (int position : credits) {
            solution[k++] = position;
        }
        Arrays.sort(solution);
        solutions.add(solution);
    }
}
