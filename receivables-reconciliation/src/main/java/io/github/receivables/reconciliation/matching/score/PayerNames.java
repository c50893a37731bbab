package io.github.receivables.reconciliation.matching.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes and compares the names of payers and customers. Stateless and thread-safe.
 *
 * <p>Normalizing removes accents, case, punctuation and legal-form words (such as SPA, LTDA, S.A.,
 * EIRL, GmbH), then sorts the remaining words, so {@code "Comercial Pérez y Cía. Ltda."} and
 * {@code "PEREZ COMERCIAL"} both become {@code "COMERCIAL PEREZ"}.
 */
public final class PayerNames {

    private static final Set<String> IGNORED = Set.of("SPA", "SA", "S", "A", "LTDA", "LIMITADA",
            "EIRL", "CIA", "Y", "E", "DE", "DEL", "LA", "LAS", "LOS", "EL", "SOCIEDAD", "ANONIMA",
            "INC", "LLC", "LTD", "GMBH", "AG", "SARL", "SRL", "R", "L", "AND", "THE", "CO");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PayerNames() {}

    /**
     * Normalizes a name as described on the class.
     *
     * @param name the name as written; may be null
     * @return the sorted significant words joined by single spaces; empty for null or a name
     *     without significant words
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = withoutAccents(name).toUpperCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? plain.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (c == '.' || c == '\'') {
                continue;
            } else if (word.length() > 0) {
                addWord(words, word.toString());
                word.setLength(0);
            }
        }
        words.sort(null);
        return String.join(" ", words);
    }

    /** Removes combining marks after NFD decomposition; ASCII text has none, so it is kept. */
    private static String withoutAccents(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
                return MARKS.matcher(decomposed).replaceAll("");
            }
        }
        return name;
    }

    private static void addWord(List<String> words, String word) {
        if (!IGNORED.contains(word)) {
            words.add(word);
        }
    }

    /**
     * Rates how alike two normalized names are: the better of the Jaro-Winkler similarity of the
     * whole names and the average best word-to-word similarity of the shorter name's words,
     * weighted by word length.
     *
     * @param first a normalized name; never null
     * @param second another normalized name; never null
     * @return 0 to 10,000; 0 when either is empty
     */
    public static int similarityBp(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        int whole = Similarity.jaroWinklerBp(first, second);
        if (whole == Similarity.FULL) {
            return whole;
        }
        return Math.max(whole, wordSimilarityBp(first, second));
    }

    private static int wordSimilarityBp(String first, String second) {
        String[] wordsA = first.split(" ");
        String[] wordsB = second.split(" ");
        String[] shorter = wordsA.length <= wordsB.length ? wordsA : wordsB;
        String[] longer = shorter == wordsA ? wordsB : wordsA;
        long weighted = 0;
        long totalLength = 0;
        for (String word : shorter) {
            int best = 0;
            for (String other : longer) {
                best = Math.max(best, Similarity.jaroWinklerBp(word, other));
            }
            weighted += (long) best * word.length();
            totalLength += word.length();
        }
        int average = (int) (weighted / totalLength);
        // A one-word name matching one word of a longer name is weak evidence.
        return shorter.length == 1 && longer.length > 1 ? average * 7 / 10 : average;
    }
}
