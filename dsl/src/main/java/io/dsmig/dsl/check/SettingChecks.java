package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.ast.Dur;
import io.dsmig.dsl.ast.Num;
import io.dsmig.dsl.ast.ParamStatement;
import io.dsmig.dsl.ast.ParamTable;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.Pct;
import io.dsmig.dsl.ast.Pos;
import io.dsmig.dsl.ast.SeedStatement;
import io.dsmig.dsl.ast.Str;
import io.dsmig.dsl.ast.Vols;
import io.dsmig.dsl.parse.ScriptParser;
import java.util.List;
import java.util.Locale;

/**
 * The script's settings: its seed (set before the world exists) and its parameters. A parameter is
 * defined once, does not refer to itself, takes its default with the references in it resolved, and
 * takes a {@code --set} value or a loading script's value only of its default's kind.
 */
final class SettingChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final ValueChecks values;
    private final int depth;

    SettingChecks(Symbols symbols, Diagnostics diagnostics, ValueChecks values, int depth) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.values = values;
        this.depth = depth;
    }

    void seed(SeedStatement x, Params p) {
        values.wholeNumber(x.seed(), p, 0, Long.MAX_VALUE, "the seed");
        if (symbols.worldStarted) {
            diagnostics.error(x.pos(), "the seed must be set before the world is defined",
                    "move 'seed' to the top of the script, or give it on the command line with --seed");
        }
    }

    void param(ParamStatement x, ParamTable p) {
        String name = x.name().upper();
        // Each loaded script has parameters of its own; only the top-level script's are shared (with a shell session).
        if (p.defined(name) || depth == 0 && symbols.params.contains(name)) {
            diagnostics.error(x.name().pos(), "parameter " + name + " is already defined", "");
            return;
        }
        if (x.value() instanceof Str s && (name.equals(s.param())
                || s.literal() != null && s.literal().toUpperCase(Locale.ROOT).contains("${" + name + "}"))) {
            diagnostics.error(s.pos(), "parameter " + name + " refers to itself",
                    "give it a value that does not use ${" + name + "}");
            return;
        }
        Params.ParamValue given = fromCommandLine(name, defaultValue(x.value(), p), p);
        Params.ParamValue override = p.override(name);
        if (override != null && override.getClass() != given.getClass()) {
            diagnostics.error(override.pos(), name + " takes " + given.kind() + ", not " + override.kind(),
                    "for example " + name + " = " + (given instanceof Str ? "'PAYROLL'" : example(given)));
            p.dropOverride(name);
        }
        Params.ParamValue value = p.define(name, given);
        if (depth == 0) {
            symbols.params.add(name);
        }
        if (value instanceof Vols v) {
            values.volsers(v, p, false);
        }
    }

    /**
     * A parameter's default with the references in it resolved now, while only the parameters above it
     * are defined: {@code param B = ${A}} takes A's value and kind, and a parameter that refers to
     * itself ({@code param A = '${A}.X'}) is reported instead of recursing without end when used.
     */
    private Params.ParamValue defaultValue(Params.ParamValue v, ParamTable p) {
        if (v instanceof Str s && s.param() != null && p.get(s.param()) != null) {
            return resolved(p.get(s.param()), p);
        }
        return v instanceof Str ? resolved(v, p) : v;
    }

    /** The command line's value for a parameter, read as the kind of its default; else the default. */
    private Params.ParamValue fromCommandLine(String name, Params.ParamValue defaultValue, ParamTable p) {
        String raw = p.raw(name);
        if (raw == null) {
            return defaultValue;
        }
        Pos at = new Pos("--set " + name, 1, 1, raw.length());
        try {
            if (defaultValue instanceof Str) {
                String t = raw.length() > 1 && (raw.startsWith("'") && raw.endsWith("'")) ? raw.substring(1, raw.length() - 1)
                        : raw;
                return Str.of(at, t);
            }
            if (defaultValue instanceof Num) {
                return new Num(at, Double.parseDouble(raw.replace("_", "")), null);
            }
            if (defaultValue instanceof Dur) {
                return new Dur(at, io.dsmig.sim.kernel.SimTime.parse(raw), null);
            }
            if (defaultValue instanceof Pct) {
                return new Pct(at, Double.parseDouble(raw.replace("%", "")), null);
            }
            // A value that does not parse is reported once, below, as a value of the wrong kind.
            Params.ParamValue v = ScriptParser.parseValue(name, raw, new Diagnostics());
            if (v instanceof Vols) {
                return v;
            }
        } catch (IllegalArgumentException e) {
            // Reported below as a value of the wrong kind.
        }
        diagnostics.error(at, "--set " + name + "=" + raw + ": " + name + " takes " + defaultValue.kind(),
                "for example " + name + "=" + example(defaultValue));
        return defaultValue;
    }

    private static String example(Params.ParamValue v) {
        if (v instanceof Str) {
            return "PAYROLL";
        }
        if (v instanceof Num) {
            return "400";
        }
        if (v instanceof Dur) {
            return "10s";
        }
        return v instanceof Pct ? "60%" : "VOL001,VOL002";
    }

    /** A value with its parameter references resolved now, as a literal of the same kind. */
    static Params.ParamValue resolved(Params.ParamValue v, Params p) {
        if (v instanceof Str s) {
            return Str.of(s.pos(), s.value(p));
        }
        if (v instanceof Num n) {
            return new Num(n.pos(), n.value(p), null);
        }
        if (v instanceof Dur d) {
            return new Dur(d.pos(), d.value(p), null);
        }
        if (v instanceof Pct c) {
            return new Pct(c.pos(), c.value(p), null);
        }
        Vols vols = (Vols) v;
        List<Vols.Item> items = vols.value(p).stream().map(vs -> new Vols.Item(vols.pos(), vs.value(), null, null)).toList();
        return new Vols(vols.pos(), items);
    }
}
