package io.github.receivables.reconciliation.matching.score;

/**
 * String similarity measures in integer basis points (10,000 = identical), so that scores are
 * exact and reproducible on every platform. Stateless and thread-safe.
 */
public final class Similarity {

    /** A full match. */
    public static final int FULL = 10_000;

    private Similarity() {}

    /**
     * Computes the Jaro-Winkler similarity: the Jaro similarity raised by 10% of the remaining gap
     * for each of up to four equal leading characters.
     *
     * @param first a string; never null
     * @param second another string; never null
     * @return 0 to 10,000; 10,000 when equal, 0 when either is empty and the other is not
     */
    public static int jaroWinklerBp(String first, String second) {
        if (first.equals(second)) {
            return FULL;
        }
        int jaro = jaroBp(first, second);
        int prefix = 0;
        int limit = Math.min(4, Math.min(first.length(), second.length()));
        while (prefix < limit && first.charAt(prefix) == second.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * (FULL - jaro) / 10;
    }

    private static int jaroBp(String first, String second) {
        int lengthA = first.length();
        int lengthB = second.length();
        if (lengthA == 0 || lengthB == 0) {
            return 0;
        }
        int window = Math.max(0, Math.max(lengthA, lengthB) / 2 - 1);
        boolean[] matchedA = new boolean[lengthA];
        boolean[] matchedB = new boolean[lengthB];
        int matches = 0;
        for (int i = 0; i < lengthA; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lengthB - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && first.charAt(i) == second.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int halfTranspositions = 0;
        int j = 0;
        for (int i = 0; i < lengthA; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (first.charAt(i) != second.charAt(j)) {
                    halfTranspositions++;
                }
                j++;
            }
        }
        long m = matches;
        long sum = FULL * m / lengthA + FULL * m / lengthB
                + FULL * (m - halfTranspositions / 2) / m;
        return (int) (sum / 3);
    }

    /**
     * Computes the optimal string alignment distance (insertions, deletions, substitutions and
     * swaps of two neighbours), stopping early once it exceeds a limit.
     *
     * @param first a string; never null
     * @param second another string; never null
     * @param max the largest distance of interest, zero or more
     * @return the distance, or {@code max + 1} when it is larger than {@code max}
     */
    public static int editDistance(String first, String second, int max) {
        int lengthA = first.length();
        int lengthB = second.length();
        if (Math.abs(lengthA - lengthB) > max) {
            return max + 1;
        }
        int[] before = new int[lengthB + 1];
        int[] previous = new int[lengthB + 1];
        int[] current = new int[lengthB + 1];
        for (int j = 0; j <= lengthB; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= lengthA; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= lengthB; j++) {
                int cost = first.charAt(i - 1) == second.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1),
                        previous[j - 1] + cost);
                if (i > 1 && j > 1 && first.charAt(i - 1) == second.charAt(j - 2)
                        && first.charAt(i - 2) == second.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = before;
            before = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[lengthB], max + 1);
    }
}
