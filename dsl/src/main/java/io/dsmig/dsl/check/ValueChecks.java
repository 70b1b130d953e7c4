package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.Dur;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Num;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.Pct;
import io.dsmig.dsl.ast.Rate;
import io.dsmig.dsl.ast.SpaceSpec;
import io.dsmig.dsl.ast.Str;
import io.dsmig.dsl.ast.Vols;
import io.dsmig.sim.DasdException;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of single values that every kind of statement uses: numbers, percentages and durations in
 * range, rates with a unit of time, space requests, CI sizes, masks, data set names and volume lists
 * (which, where asked, must name defined volumes). Each reports its own diagnostic and returns the
 * value so the caller can go on checking.
 */
final class ValueChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;

    ValueChecks(Symbols symbols, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    List<Volser> volsers(Vols vols, Params p, boolean mustExist) {
        List<Volser> list = new ArrayList<>();
        for (Vols.Item item : vols.items()) {
            List<Volser> some;
            try {
                some = Vols.value(item, p);
            } catch (DasdException | IllegalArgumentException e) {
                String text = item.from() == null ? "" : item.from();
                diagnostics.error(item.pos(), e.getMessage(), mustExist
                        ? Hints.didYouMean(text, symbols.volumes, "") : "");
                continue;
            }
            list.addAll(some);
            if (mustExist) {
                allDefined(item, some);
            }
        }
        return list;
    }

    /** Reports the first of an item's volumes that is not defined, once for the item. */
    private void allDefined(Vols.Item item, List<Volser> volumes) {
        for (Volser v : volumes) {
            if (!symbols.volumes.contains(v.value())) {
                diagnostics.error(item.pos(), "volume " + v + " is not defined",
                        Hints.didYouMean(v.value(), symbols.volumes, "define it first: volume " + v + " type 3390-3"));
                return;
            }
        }
    }

    /** A data set's volume list names each volume once (the world would refuse it when it runs). */
    void noneTwice(Vols vols, List<Volser> volumes) {
        if (volumes.stream().distinct().count() != volumes.size()) {
            diagnostics.error(vols.pos(), "a volume is named twice", "name each volume once");
        }
    }

    String dataSetName(Str s, Params p) {
        String text = s.value(p);
        try {
            return DataSetName.of(text).value();
        } catch (DasdException e) {
            diagnostics.error(s.pos(), e.getMessage(), "");
            return null;
        }
    }

    void mask(Str s, Params p) {
        try {
            Mask.parse(s.value(p));
        } catch (DasdException e) {
            diagnostics.error(s.pos(), e.getMessage(), "a mask uses * within a qualifier, ** for any qualifiers, % for "
                    + "one character");
        }
    }

    void space(SpaceSpec s, Params p) {
        if (s.unit().equals("blk")) {
            wholeNumber(s.blockLength(), p, 1, 56_664, "the block length");
        }
        wholeNumber(s.primary(), p, 1, 100_000_000, "the primary quantity");
        if (s.secondary() != null) {
            wholeNumber(s.secondary(), p, 0, 100_000_000, "the secondary quantity");
        }
    }

    void ciSize(Num ci, Params p) {
        if (ci != null) {
            long v = wholeNumber(ci, p, 512, 32_768, "the CI size");
            if (v % 512 != 0) {
                diagnostics.error(ci.pos(), "the CI size must be a multiple of 512, not " + v, "try 4096 or 18432");
            }
        }
    }

    void rate(Rate r, Params p, double max, String what) {
        double v = number(r.amount(), p, 0, max, "the rate");
        if (v <= 0) {
            diagnostics.error(r.amount().pos(), "the rate must be more than 0", "");
        }
        if (Checker.perSecondFactor(r.per()) < 0) {
            diagnostics.error(r.per().pos(), "'" + r.per() + "' is not a unit of time",
                    "write " + what + "/s, " + what + "/min or " + what + "/h");
        }
    }

    static boolean isPerSecond(Name per) {
        return Checker.perSecondFactor(per) == 1.0;
    }

    double number(Num n, Params p, double min, double max, String what) {
        double v = n.value(p);
        if (v < min || v > max) {
            diagnostics.error(n.pos(), what + " must be from " + plain(min) + " to " + plain(max) + ", not " + plain(v), "");
        }
        return v;
    }

    long wholeNumber(Num n, Params p, long min, long max, String what) {
        double v = n.value(p);
        if (v != Math.rint(v)) {
            diagnostics.error(n.pos(), what + " must be a whole number, not " + v, "");
            return (long) v;
        }
        if (v < min || v > max) {
            diagnostics.error(n.pos(), what + " must be from " + String.format("%,d", min) + " to "
                    + String.format("%,d", max) + ", not " + plain(v), "");
        }
        return (long) v;
    }

    void percent(Pct pct, Params p, double min, double max, String what) {
        if (pct == null) {
            return;
        }
        double v = pct.value(p);
        if (v < min || v > max) {
            diagnostics.error(pct.pos(), what + " must be from " + plain(min) + "% to " + plain(max) + "%, not "
                    + plain(v) + "%", "");
        }
    }

    void duration(Dur d, Params p, long min, long max, String what) {
        if (d == null) {
            return;
        }
        long v = d.value(p);
        if (v < min || v > max) {
            diagnostics.error(d.pos(), what + " must be at least " + io.dsmig.sim.kernel.SimTime.format(Math.max(min, 1)),
                    "");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format("%,d", (long) v) : String.valueOf(v);
    }
}
