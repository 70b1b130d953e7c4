package io.dsmig.sim.name;

import java.util.random.RandomGenerator;

/**
 * One qualifier of a mask other than {@code **}: literal characters, {@code *} for zero or more
 * characters and {@code %} for exactly one. It matches, and fills in, one qualifier of a name.
 */
final class QualifierPattern {

    static final char ANY_RUN = '*';
    static final char ANY_ONE = '%';

    /** The most characters one {@code *} is filled with when generating an example. */
    private static final int RUN_FILL_LENGTH_MAX = 6;

    private QualifierPattern() {
    }

    static boolean isWild(String pattern) {
        return pattern.indexOf(ANY_RUN) >= 0 || pattern.indexOf(ANY_ONE) >= 0;
    }

    /**
     * Whether {@code qualifier} matches {@code pattern}. On a mismatch only the latest {@code *}
     * takes one more character, because every other element of the pattern takes exactly one: the
     * classic wildcard match, which never backtracks further and so never goes exponential.
     */
    static boolean matches(String pattern, String qualifier) {
        int p = 0;
        int q = 0;
        int afterRun = -1;
        int runEnd = 0;
        while (q < qualifier.length()) {
            if (p < pattern.length() && pattern.charAt(p) == ANY_RUN) {
                afterRun = ++p;
                runEnd = q;
            } else if (p < pattern.length() && matchesOne(pattern.charAt(p), qualifier.charAt(q))) {
                p++;
                q++;
            } else if (afterRun >= 0) {
                p = afterRun;
                q = ++runEnd;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == ANY_RUN) {
            p++;
        }
        return p == pattern.length();
    }

    /** The characters of the pattern that stand for exactly one character: all but {@code *}. */
    static int fixedLength(String pattern) {
        int count = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) != ANY_RUN) {
                count++;
            }
        }
        return count;
    }

    /** The length of the shortest qualifier the pattern matches. */
    static int minimumLength(String pattern) {
        return fixedLength(pattern) + (leadingRunMustFill(pattern) ? 1 : 0);
    }

    /**
     * Whether a leading {@code *} has to supply at least one character because what follows it
     * cannot start a qualifier: a lone {@code *}, or {@code *} before a digit or a hyphen.
     */
    static boolean leadingRunMustFill(String pattern) {
        int first = firstFixed(pattern);
        if (first == 0) {
            return false;
        }
        return first == pattern.length()
                || (pattern.charAt(first) != ANY_ONE && !NameChars.isQualifierStart(pattern.charAt(first)));
    }

    /** Index of the first character that is not {@code *}, or the length if there is none. */
    static int firstFixed(String pattern) {
        int i = 0;
        while (i < pattern.length() && pattern.charAt(i) == ANY_RUN) {
            i++;
        }
        return i;
    }

    /**
     * A random qualifier of at most {@code lengthMax} characters that matches the pattern: each
     * {@code *} takes 1 to 6 characters while room remains (see {@link #runFillLength}), each
     * {@code %} one. The caller makes
     * sure {@code lengthMax} is at least {@link #minimumLength}.
     */
    static String fill(String pattern, int lengthMax, RandomGenerator random) {
        int spare = lengthMax - fixedLength(pattern);
        StringBuilder out = new StringBuilder(lengthMax);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == ANY_RUN) {
                int count = runFillLength(spare, random);
                spare -= count;
                appendRandom(out, count, random);
            } else if (c == ANY_ONE) {
                appendRandom(out, 1, random);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * 1 to 6 characters for one {@code *}, at most {@code spare}, or none when there is no room.
     * The larger of two draws favours longer runs: real qualifiers are seldom one or two
     * characters, and short fills would make generated names collide (there are only 29
     * one-character qualifiers).
     */
    private static int runFillLength(int spare, RandomGenerator random) {
        if (spare == 0) {
            return 0;
        }
        int limit = Math.min(RUN_FILL_LENGTH_MAX, spare);
        return 1 + Math.max(random.nextInt(limit), random.nextInt(limit));
    }

    /** Appends {@code count} random characters that may follow what {@code out} already holds. */
    static void appendRandom(StringBuilder out, int count, RandomGenerator random) {
        for (int k = 0; k < count; k++) {
            out.append(out.length() == 0 ? NameChars.randomStart(random) : NameChars.randomInside(random));
        }
    }

    private static boolean matchesOne(char patternChar, char nameChar) {
        return patternChar == ANY_ONE || patternChar == nameChar;
    }
}
