package io.github.receivables.reconciliation.matching.score;

/**
 * Compares a reference found in a bank line with an item's key, both already normalized by
 * {@link io.github.receivables.reconciliation.matching.index.ReferenceKeys}. Stateless and
 * thread-safe.
 *
 * <p>Strengths: equal 10,000; the key inside a longer token (such as {@code FACT12345} for key
 * {@code 12345}, key of 4 or more characters) 8,000; one typo (substitution, insertion,
 * deletion or swap) on keys of 5 or more characters 7,000; a truncation (the token is the start
 * or end of the key, at least 5 characters and 60% of it) 6,000; two typos on keys of 10 or
 * more characters 5,000; anything else 0.
 */
public final class ReferenceSimilarity {

    /** Strength of a key found inside a longer token. */
    public static final int CONTAINED = 8_000;
    /** Strength of one typo. */
    public static final int ONE_TYPO = 7_000;
    /** Strength of a truncated reference. */
    public static final int TRUNCATED = 6_000;
    /** Strength of two typos in a long key. */
    public static final int TWO_TYPOS = 5_000;

    private ReferenceSimilarity() {}

    /**
     * Rates how well a token from the line fits an item key.
     *
     * @param token the normalized token; never null
     * @param key the normalized item key; never null
     * @return the strength in basis points, as listed on the class
     */
    public static int strengthBp(String token, String key) {
        if (token.equals(key)) {
            return Similarity.FULL;
        }
        if (key.length() >= 4 && token.length() > key.length() && token.contains(key)) {
            return CONTAINED;
        }
        int distance = key.length() >= 5 ? Similarity.editDistance(token, key, 2) : 3;
        if (distance == 1) {
            return ONE_TYPO;
        }
        if (isTruncation(token, key)) {
            return TRUNCATED;
        }
        if (distance == 2 && key.length() >= 10) {
            return TWO_TYPOS;
        }
        return 0;
    }

    private static boolean isTruncation(String token, String key) {
        return token.length() >= 5 && token.length() < key.length()
                && token.length() * 10 >= key.length() * 6
                && (key.startsWith(token) || key.endsWith(token));
    }
}
