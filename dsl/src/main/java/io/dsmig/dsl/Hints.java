package io.dsmig.dsl;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the known name nearest to a misspelt one, by edit distance. */
public final class Hints {

    private Hints() {
    }

    /**
     * The nearest of {@code known} to {@code word} (fewest edits; then the longest common beginning,
     * since VOL041 is more likely VOL040 than VOL001), or null when none is close enough.
     */
    public static String nearest(String word, Collection<String> known) {
        String w = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestPrefix = -1;
        for (String k : known) {
            String u = k.toUpperCase(Locale.ROOT);
            int d = distance(w, u);
            int prefix = commonPrefix(w, u);
            boolean better = d < bestDistance || d == bestDistance && (prefix > bestPrefix
                    || prefix == bestPrefix && best != null && k.compareTo(best) < 0);
            if (better) {
                best = k;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }
        int allowed = Math.max(1, Math.min(3, w.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** "did you mean X?" or, when nothing is close, the alternative text given. */
    public static String didYouMean(String word, Collection<String> known, String otherwise) {
        String n = nearest(word, known);
        return n != null ? "did you mean " + n + "?" : otherwise;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Damerau–Levenshtein distance (with adjacent transpositions), small strings only. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
