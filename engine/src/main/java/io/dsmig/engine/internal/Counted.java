package io.dsmig.engine.internal;

import java.util.Locale;

/** Counted nouns for events: "1 data set", "2,000 data sets". */
final class Counted {

    private Counted() {
    }

    /** {@code n} with thousands separators and the noun, with an "s" unless n is 1. */
    static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    static String of(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }
}
