package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.Source;
import io.dsmig.dsl.ast.*;
import io.dsmig.dsl.hooks.CompiledHook;
import io.dsmig.dsl.hooks.GroovyHooks;
import io.dsmig.dsl.parse.ScriptParser;
import io.dsmig.sim.DasdException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks a script before anything runs: names resolve (with a hint at the nearest known name), masks
 * and data set names are valid, units and ranges are sane, targets exist, options are not given twice,
 * loaded scripts and hooks check too. It walks the statements in order over a {@link Symbols} table,
 * so a name used before it is defined is reported.
 *
 * <p>This class walks and dispatches; the checks live in one class per family of statements
 * ({@code SettingChecks}, {@code WorldChecks}, {@code DataSetChecks}, {@code ActivityChecks},
 * {@code MigrationChecks}, {@code HookChecks}, {@code ControlChecks}) over the shared
 * {@code ValueChecks} and {@code ReferenceChecks}. All report to one {@link Diagnostics} and add to one
 * {@code Symbols}. A loaded script is checked by a checker of its own, one level deeper.
 */
public final class Checker {

    /** Scripts load each other at most this deep. */
    public static final int LOAD_DEPTH_MAX = 8;

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final Supplier<GroovyHooks> groovy;
    private final boolean interactive;
    private final int depth;
    private final Path baseDir;
    private final ValueChecks values;
    private final ReferenceChecks refs;
    private final SettingChecks settings;
    private final WorldChecks world;
    private final DataSetChecks dataSets;
    private final ActivityChecks activity;
    private final MigrationChecks migrations;
    private final HookChecks hooks;
    private final ControlChecks control;
    private Checked checked;

    private Checker(Symbols symbols, Diagnostics diagnostics, Supplier<GroovyHooks> groovy, boolean interactive,
            int depth, Path baseDir) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.groovy = groovy;
        this.interactive = interactive;
        this.depth = depth;
        this.baseDir = baseDir;
        this.values = new ValueChecks(symbols, diagnostics);
        this.refs = new ReferenceChecks(symbols, diagnostics);
        this.settings = new SettingChecks(symbols, diagnostics, values, depth);
        this.world = new WorldChecks(symbols, diagnostics, values, refs);
        this.dataSets = new DataSetChecks(symbols, diagnostics, values);
        this.activity = new ActivityChecks(symbols, diagnostics, values, refs);
        this.migrations = new MigrationChecks(symbols, diagnostics, values, refs);
        this.hooks = new HookChecks(diagnostics, groovy, interactive, baseDir);
        this.control = new ControlChecks(symbols, diagnostics, values, refs);
    }

    /**
     * Checks {@code script}, adding what it defines to {@code symbols}.
     *
     * @param baseDir where relative file names (loads, hook files) are found
     * @param interactive fed a statement at a time (the shell, a piped session): a hook may name a
     *     migration not started yet, with a warning, since its select statement may come later
     */
    public static Checked check(Source source, Script script, ParamTable params, Symbols symbols, Path baseDir,
            Supplier<GroovyHooks> groovy, Diagnostics diagnostics, boolean interactive) {
        return new Checker(symbols, diagnostics, groovy, interactive, 0, baseDir).run(source, script, params);
    }

    private Checked run(Source source, Script script, ParamTable params) {
        this.checked = Checked.empty(source, script, params);
        hooks.collectTargets(script, symbols);
        for (Statement s : script.statements()) {
            if (diagnostics.full()) {
                diagnostics.stop();
                break;
            }
            try {
                statement(s, params);
            } catch (ParamException e) {
                diagnostics.error(e.pos(), e.getMessage(), e.hint());
            } catch (DasdException | IllegalArgumentException e) {
                // A value the checks did not expect to be invalid here (a bad volume range passed on through a
                // parameter): still a mistake in the script, reported at its statement rather than thrown.
                diagnostics.error(s.pos(), e.getMessage(), "");
            }
        }
        // A --set no file declares is the batch runner's to report: it sees all the files of the run.
        return checked;
    }

    private void statement(Statement s, ParamTable p) {
        if (s instanceof SeedStatement x) {
            settings.seed(x, p);
        } else if (s instanceof ParamStatement x) {
            settings.param(x, p);
        } else if (s instanceof LoadStatement x) {
            load(x, p);
        } else if (s instanceof ImageStatement x) {
            world.image(x, p);
        } else if (s instanceof VolumeStatement x) {
            world.volume(x, p);
        } else if (s instanceof CatalogStatement x) {
            dataSets.catalog(x, p);
        } else if (s instanceof AliasStatement x) {
            dataSets.alias(x, p);
        } else if (s instanceof DatasetStatement x) {
            dataSets.dataset(x, p);
        } else if (s instanceof ClusterStatement x) {
            dataSets.cluster(x, p);
        } else if (s instanceof AixStatement x) {
            dataSets.aix(x, p);
        } else if (s instanceof PathStatement x) {
            dataSets.path(x, p);
        } else if (s instanceof PopulateStatement x) {
            world.populate(x, p);
        } else if (s instanceof TimingStatement x) {
            world.timing(x, p);
        } else if (s instanceof ApplicationStatement x) {
            activity.application(x, p);
        } else if (s instanceof ChurnStatement x) {
            activity.churn(x, p);
        } else if (s instanceof SelectStatement x) {
            migrations.select(x, p);
        } else if (s instanceof WhatifStatement x) {
            migrations.whatif(x, p);
        } else if (s instanceof HookStatement x) {
            hook(x, p);
        } else if (s instanceof RunStatement x) {
            control.run(x, p);
        } else {
            control.control(s, p);
        }
    }

    // --- Loaded scripts

    private void load(LoadStatement x, ParamTable p) {
        if (depth >= LOAD_DEPTH_MAX) {
            diagnostics.error(x.pos(), "scripts load each other more than " + LOAD_DEPTH_MAX + " deep",
                    "look for a script that loads itself");
            return;
        }
        Path file = baseDir.resolve(x.file().value(p));
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            diagnostics.error(x.file().pos(), "cannot read " + file + ": " + describe(e), "check the path, relative to "
                    + baseDir);
            return;
        }
        Source source = new Source(file.toString(), text);
        diagnostics.addSource(source);
        ScriptParser.Result parsed = ScriptParser.parse(source);
        parsed.diagnostics().all().forEach(diagnostics::add);
        if (parsed.diagnostics().hasErrors()) {
            return;
        }
        ParamTable nested = new ParamTable(overrides(x, p));
        Checker inner = new Checker(symbols, diagnostics, groovy, interactive, depth + 1,
                file.toAbsolutePath().getParent());
        Checked loaded = inner.run(source, parsed.script(), nested);
        checked.loads().put(x, loaded);
        for (String name : nested.unusedOverrides()) {
            Assignment a = x.assignments().stream().filter(s -> s.name().upper().equals(name)).findFirst().orElseThrow();
            diagnostics.error(a.name().pos(), x.file().value(p) + " has no parameter named " + name,
                    parametersHint(name, nested));
        }
    }

    /** The parameter values a load passes on, resolved in the loading script. */
    private Map<String, Params.ParamValue> overrides(LoadStatement x, Params p) {
        Map<String, Params.ParamValue> overrides = new java.util.LinkedHashMap<>();
        for (Assignment a : x.assignments()) {
            try {
                overrides.put(a.name().upper(), SettingChecks.resolved(a.value(), p));
            } catch (DasdException | IllegalArgumentException e) {
                diagnostics.error(a.value().pos(), e.getMessage(), "");
            }
        }
        return overrides;
    }

    private static String parametersHint(String name, ParamTable params) {
        return Hints.didYouMean(name, params.values().keySet(), params.values().isEmpty() ? "it declares none"
                : "its parameters: " + String.join(", ", new java.util.TreeSet<>(params.values().keySet())));
    }

    // --- Hooks

    private void hook(HookStatement x, Params p) {
        CompiledHook compiled = hooks.hook(x, p);
        if (compiled != null) {
            checked.hooks().put(x, compiled);
        }
    }

    // --- Shared

    /** How many of {@code per} make a second (s → 1, min → 1/60, h → 1/3600), or -1 when it is not a unit. */
    public static double perSecondFactor(Name per) {
        return switch (per.text().toLowerCase(Locale.ROOT)) {
            case "s", "sec", "second" -> 1.0;
            case "m", "min", "minute" -> 1.0 / 60;
            case "h", "hour" -> 1.0 / 3600;
            default -> -1;
        };
    }

    /** An I/O failure in words, for "cannot read FILE: …". */
    static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
    }
}
