package io.github.receivables.reconciliation.matching;

import io.github.receivables.reconciliation.matching.index.OpenItemIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A set of items of one customer that a line might settle, with its score once scored. */
final class Candidate {

    final int[] items;
    final int customer;
    final boolean fromSubsetSearch;
    boolean reviewRequired;
    /** The sum of evidence points, uncapped, used for ranking and for the ambiguity margin. */
    int raw;
    /** The score shown to people: {@code raw} capped at 10,000. */
    int score;
    List<Evidence> evidence = List.of();

    Candidate(int[] items, int customer, boolean fromSubsetSearch) {
        this.items = items.clone();
        if (this.items.length > 1) {
            Arrays.sort(this.items);
        }
        this.customer = customer;
        this.fromSubsetSearch = fromSubsetSearch;
    }

    boolean sameItems(Candidate other) {
        return Arrays.equals(items, other.items);
    }

    List<ItemKey> keys(OpenItemIndex index) {
        List<ItemKey> keys = new ArrayList<>(items.length);
        for (int position : items) {
            keys.add(index.key(position));
        }
        return keys;
    }

    /** Orders by score, best first, then by item positions for a reproducible order. */
    static int byRank(Candidate a, Candidate b) {
        int byScore = Integer.compare(b.raw, a.raw);
        return byScore != 0 ? byScore : Arrays.compare(a.items, b.items);
    }
}
