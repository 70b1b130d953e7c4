package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.ApplicationStatement;
import io.dsmig.dsl.ast.ChurnStatement;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Params;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The activity that runs in the world while a migration copies: applications (their image, masks,
 * write rate, hot spot, read share, open and close times) and churn jobs that extend, release,
 * delete, rename, create and reallocate data sets at a rate.
 */
final class ActivityChecks {

    // Sorted, so that messages listing them read the same on every run (Set.of iterates in a random order).
    private static final Set<String> CHURN_KINDS = Collections.unmodifiableSortedSet(new TreeSet<>(Set.of(
            "extend", "release", "delete", "rename", "create",
            "reallocate")));

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final ValueChecks values;
    private final ReferenceChecks refs;

    ActivityChecks(Symbols symbols, Diagnostics diagnostics, ValueChecks values, ReferenceChecks refs) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.values = values;
        this.refs = refs;
    }

    void application(ApplicationStatement x, Params p) {
        String name = x.name().upper(p);
        if (!name.matches("[A-Z#@$][A-Z0-9#@$]{0,7}")) {
            diagnostics.error(x.name().pos(), "'" + x.name() + "' is not a valid application name",
                    "1 to 8 characters of A-Z, 0-9, #, @, $, not starting with a digit");
        } else if (!symbols.applications.add(name)) {
            diagnostics.error(x.name().pos(), "application " + name + " is already defined", "");
        }
        refs.knownImage(x.image(), p);
        x.masks().forEach(m -> values.mask(m, p));
        if (x.writes() != null) {
            values.rate(x.writes(), p, 1_000_000, "tracks");
        }
        values.percent(x.hot(), p, 0.001, 100, "the hot spot");
        values.percent(x.hotShare(), p, 0, 100, "the hot share");
        values.percent(x.reads(), p, 0, 99.999, "reads");
        values.duration(x.flushEvery(), p, 1_000_000, Long.MAX_VALUE, "the flush interval");
        values.duration(x.closeTakes(), p, 0, Long.MAX_VALUE, "the close time");
        values.duration(x.openTakes(), p, 0, Long.MAX_VALUE, "the open time");
        if (x.max() != null) {
            values.wholeNumber(x.max(), p, 1, 10_000, "the data set count");
        }
    }

    void churn(ChurnStatement x, Params p) {
        String name = x.name().upper(p);
        if (!symbols.churns.add(name)) {
            diagnostics.error(x.name().pos(), "churn " + name + " is already defined", "");
        }
        x.masks().forEach(m -> values.mask(m, p));
        values.volsers(x.volumes(), p, true);
        if (x.rate() == null) {
            diagnostics.error(x.pos(), "churn " + name + " needs a rate", "add: rate 4/min");
        } else {
            values.rate(x.rate(), p, 100_000, "changes");
        }
        for (Name k : x.only()) {
            if (!CHURN_KINDS.contains(k.text().toLowerCase(Locale.ROOT))) {
                diagnostics.error(k.pos(), "'" + k + "' is not a kind of change",
                        Hints.didYouMean(k.text().toLowerCase(Locale.ROOT), CHURN_KINDS, "kinds: " + CHURN_KINDS));
            }
        }
        if (x.image() != null) {
            refs.knownImage(x.image(), p);
        } else if (symbols.images.isEmpty()) {
            diagnostics.error(x.pos(), "churn runs its jobs on an image, and none is defined", "define an image first");
        }
    }
}
