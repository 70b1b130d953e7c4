package io.dsmig.sim;

import java.util.Locale;

/**
 * Counted nouns for messages, in every layer: "1 volume", "2 volumes", "1 resync pass", "3 resync
 * passes".
 */
public final class Words {

    private Words() {
    }

    /** {@code n} (with thousands separators) and the noun, plural with an "s" unless n is 1. */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    public static String count(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
