package io.github.receivables.reconciliation.matching;

import io.github.receivables.core.ledger.OpenItem;
import io.github.receivables.core.money.Money;
import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects and scores the candidates of one line through the indexes. Candidates are items named
 * by a reference, open items of a recognized payer, and items with the line's amount (exact or
 * within tolerance). Sets are the referenced items of one customer and the subsets of a
 * customer's items that a bounded subset sum finds.
 */
final class CandidateSearch {

    private static final int MAX_SUBSET_CUSTOMERS = 3;

    private final LineContext context;
    private final MatchingSession session;
    private final OpenItemIndex index;
    private final MatchingConfig config;
    private final CandidateScorer scorer;
    private final Map<Integer, Candidate> singles = new LinkedHashMap<>();
    private final List<Candidate> sets = new ArrayList<>();

    CandidateSearch(LineContext context, MatchingSession session, MatchingConfig config) {
        this.context = context;
        this.session = session;
        this.index = session.index();
        this.config = config;
        this.scorer = new CandidateScorer(context, session, config);
    }

    /** Returns the scored candidates, best first, without two with the same items. */
    List<Candidate> rankedCandidates() {
        context.referenceHits.keySet().forEach(this::addSingle);
        for (int customer : context.identified.keySet()) {
            int[] items = index.itemsOf(customer);
            for (int k = 0; k < items.length && k < config.customerCandidateCap(); k++) {
                addSingle(items[k]);
            }
        }
        for (Currency currency : payCurrencies()) {
            addByAmount(currency);
        }
        addReferenceSets();
        addSubsets();
        List<Candidate> all = new ArrayList<>(singles.size() + sets.size());
        all.addAll(singles.values());
        all.addAll(sets);
        demoteDominated(all);
        all.sort(Candidate::byRank);
        return withoutDuplicates(all);
    }

    private Set<Currency> payCurrencies() {
        Set<Currency> currencies = new LinkedHashSet<>();
        currencies.add(context.line.amount().currency());
        if (context.line.instructedAmount() != null) {
            currencies.add(context.line.instructedAmount().currency());
        }
        return currencies;
    }

    private void addSingle(int position) {
        if (singles.containsKey(position) || !usable(position)) {
            return;
        }
        Candidate candidate = new Candidate(new int[] {position}, index.customerOf(position),
                false);
        if (scorer.score(candidate)) {
            singles.put(position, candidate);
        }
    }

    private boolean usable(int position) {
        OpenItem item = index.item(position).item();
        return item.kind().isReceivable() && session.remaining(position) > 0
                && context.payAmountIn(item.open().currency()) != null;
    }

    private void addByAmount(Currency currency) {
        Money pay = context.payAmountIn(currency);
        int cap = config.amountCandidateCap();
        for (int position : index.byExactAmount(currency, pay.minorUnits(), cap)) {
            addSingle(position);
        }
        Tolerance tolerance = config.tolerance(currency);
        boolean cross = !currency.equals(context.line.amount().currency());
        long below = cross ? tolerance.exchangeMinor() : tolerance.roundingMinor();
        long above = cross ? tolerance.exchangeMinor() : tolerance.maxShortfall();
        if (below > 0 || above > 0) {
            long amount = pay.minorUnits();
            for (int position : index.byAmountRange(currency, amount - below, amount + above,
                    cap)) {
                addSingle(position);
            }
        }
    }

    private void addReferenceSets() {
        Map<Integer, List<Integer>> byCustomer = new LinkedHashMap<>();
        for (int position : context.referenceHits.keySet()) {
            if (usable(position)) {
                byCustomer.computeIfAbsent(index.customerOf(position), k -> new ArrayList<>())
                        .add(position);
            }
        }
        byCustomer.forEach((customer, positions) -> {
            if (positions.size() >= 2 && sameCurrency(positions)) {
                addSet(positions.stream().mapToInt(Integer::intValue).toArray(), customer, false,
                        false);
            }
        });
    }

    private boolean sameCurrency(List<Integer> positions) {
        Currency first = index.item(positions.get(0)).item().open().currency();
        for (int position : positions) {
            if (!index.item(position).item().open().currency().equals(first)) {
                return false;
            }
        }
        return true;
    }

    /** Tells whether one open item of the customer alone fits the amount. */
    private boolean singleFitsAmount(int customer) {
        for (Candidate candidate : singles.values()) {
            if (candidate.customer != customer) {
                continue;
            }
            for (Evidence evidence : candidate.evidence) {
                if (evidence.kind() == Evidence.Kind.AMOUNT_EXACT
                        || evidence.kind() == Evidence.Kind.AMOUNT_WITHIN_TOLERANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    private void addSubsets() {
        Set<Integer> customers = new LinkedHashSet<>(context.identified.keySet());
        for (int position : context.referenceHits.keySet()) {
            customers.add(index.customerOf(position));
        }
        int searched = 0;
        for (int customer : customers) {
            if (searched++ == MAX_SUBSET_CUSTOMERS) {
                break;
            }
            if (singleFitsAmount(customer)) {
                continue;
            }
            for (Currency currency : payCurrencies()) {
                searchSubsets(customer, currency);
            }
        }
    }

    private void searchSubsets(int customer, Currency currency) {
        Money pay = context.payAmountIn(currency);
        SubsetSearch.Result result = new SubsetSearch(session, config.subsetBudget())
                .search(index.itemsOf(customer), currency, pay.minorUnits());
        for (int[] solution : result.solutions()) {
            addSet(solution, customer, true, result.budgetExhausted());
        }
    }

    private void addSet(int[] items, int customer, boolean fromSubset, boolean review) {
        Candidate candidate = new Candidate(items, customer, fromSubset);
        candidate.reviewRequired = review;
        for (Candidate existing : sets) {
            if (existing.sameItems(candidate)) {
                return;
            }
        }
        if (scorer.score(candidate)) {
            sets.add(candidate);
        }
    }

    /**
     * Ranks a candidate whose amount does not fit below any larger candidate that contains all
     * its items and fits the amount exactly: the larger one explains the whole line.
     */
    private void demoteDominated(List<Candidate> all) {
        for (Candidate fitting : all) {
            if (fitting.items.length < 2 || !fitsExactly(fitting)) {
                continue;
            }
            for (Candidate other : all) {
                if (other != fitting && other.items.length < fitting.items.length
                        && !fitsExactly(other) && containsAll(fitting.items, other.items)) {
                    other.raw = Math.min(other.raw, fitting.raw - 2 * config.ambiguityMarginBp());
                }
            }
        }
    }

    private static boolean fitsExactly(Candidate candidate) {
        for (Evidence evidence : candidate.evidence) {
            if (evidence.kind() == Evidence.Kind.AMOUNT_EXACT
                    || evidence.kind() == Evidence.Kind.AMOUNT_SUBSET) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(int[] sortedOuter, int[] inner) {
        for (int position : inner) {
            if (Arrays.binarySearch(sortedOuter, position) < 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Candidate> withoutDuplicates(List<Candidate> sorted) {
        List<Candidate> unique = new ArrayList<>(sorted.size());
        for (Candidate candidate : sorted) {
            boolean seen = false;
            for (Candidate kept : unique) {
                seen |= kept.sameItems(candidate);
            }
            if (!seen) {
                unique.add(candidate);
            }
        }
        return unique;
    }
}
