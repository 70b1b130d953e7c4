package io.dsmig.sim.name;

/**
 * One qualifier of a mask other than {@code **}: literal characters, {@code *} for zero or more
 * characters and {@code %} for exactly one. It matches one qualifier of a name.
 */
final class QualifierPattern {

    static final char ANY_RUN = '*';
    static final char ANY_ONE = '%';

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

    private static boolean matchesOne(char patternChar, char nameChar) {
        return patternChar == ANY_ONE || patternChar == nameChar;
    }
}
