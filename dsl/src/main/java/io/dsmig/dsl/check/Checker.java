package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.Source;
import io.dsmig.dsl.ast.*;
import io.dsmig.dsl.hooks.CompiledHook;
import io.dsmig.dsl.hooks.GroovyHooks;
import io.dsmig.dsl.hooks.HookCompileError;
import io.dsmig.dsl.parse.ScriptParser;
import io.dsmig.sim.DasdException;
import io.dsmig.sim.name.Volser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a script before anything runs: names resolve (with a hint at the nearest known name), masks
 * and data set names are valid, units and ranges are sane, targets exist, options are not given twice,
 * loaded scripts and hooks check too. It walks the statements in order over a {@link Symbols} table,
 * so a name used before it is defined is reported.
 */
public final class Checker {

    /** Scripts load each other at most this deep. */
    public static final int LOAD_DEPTH_MAX = 8;

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final Supplier<GroovyHooks> groovy;
    private final boolean interactive;
    private final int depth;
    private final ValueChecks values;
    private final ReferenceChecks refs;
    private final SettingChecks settings;
    private final WorldChecks world;
    private final DataSetChecks dataSets;
    private final ActivityChecks activity;
    private final MigrationChecks migrations;
    private final Set<String> hookTargets = new HashSet<>();
    private Checked checked;
    private Path baseDir;

    private Checker(Symbols symbols, Diagnostics diagnostics, Supplier<GroovyHooks> groovy, boolean interactive,
            int depth) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.groovy = groovy;
        this.interactive = interactive;
        this.depth = depth;
        this.values = new ValueChecks(symbols, diagnostics);
        this.refs = new ReferenceChecks(symbols, diagnostics);
        this.settings = new SettingChecks(symbols, diagnostics, values, depth);
        this.world = new WorldChecks(symbols, diagnostics, values, refs);
        this.dataSets = new DataSetChecks(symbols, diagnostics, values);
        this.activity = new ActivityChecks(symbols, diagnostics, values, refs);
        this.migrations = new MigrationChecks(symbols, diagnostics, values, refs);
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
        return new Checker(symbols, diagnostics, groovy, interactive, 0).run(source, script, params, baseDir);
    }

    private Checked run(Source source, Script script, ParamTable params, Path dir) {
        this.baseDir = dir;
        this.checked = Checked.empty(source, script, params);
        collectMigrationNames(script);
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

    private static String parametersHint(String name, ParamTable params) {
        return Hints.didYouMean(name, params.values().keySet(), params.values().isEmpty() ? "it declares none"
                : "its parameters: " + String.join(", ", new java.util.TreeSet<>(params.values().keySet())));
    }

    /** Migration names are known script-wide for hooks ({@code on close request for PAYMIG} may come first). */
    private void collectMigrationNames(Script script) {
        for (Statement s : script.statements()) {
            if (s instanceof SelectStatement sel && !sel.plan() && sel.as() != null && !sel.as().isParam()) {
                hookTargets.add(sel.as().upper());
            }
        }
        hookTargets.addAll(symbols.migrations);
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
            run(x, p);
        } else {
            control(s, p);
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
        Map<String, Params.ParamValue> overrides = new java.util.LinkedHashMap<>();
        for (Assignment a : x.assignments()) {
            try {
                overrides.put(a.name().upper(), SettingChecks.resolved(a.value(), p));
            } catch (DasdException | IllegalArgumentException e) {
                diagnostics.error(a.value().pos(), e.getMessage(), "");
            }
        }
        ParamTable nested = new ParamTable(overrides);
        Checker inner = new Checker(symbols, diagnostics, groovy, interactive, depth + 1);
        Checked loaded = inner.run(source, parsed.script(), nested, file.toAbsolutePath().getParent());
        checked.loads().put(x, loaded);
        for (String name : nested.unusedOverrides()) {
            Assignment a = x.assignments().stream().filter(s -> s.name().upper().equals(name)).findFirst().orElseThrow();
            diagnostics.error(a.name().pos(), x.file().value(p) + " has no parameter named " + name,
                    parametersHint(name, nested));
        }
    }

    // --- Migrations

    private void hook(HookStatement x, Params p) {
        if (x.migration() != null && !x.migration().isParam() && !hookTargets.contains(x.migration().upper(p))) {
            String name = x.migration().upper(p);
            String hint = Hints.didYouMean(name, hookTargets, "name the migration with 'as " + name + "' on its select "
                    + "statement");
            if (interactive) {
                diagnostics.warning(x.migration().pos(), "no migration named " + name + " yet; the hook applies when one "
                        + "starts", hint);
            } else {
                diagnostics.error(x.migration().pos(), "no migration named " + name + " in this script", hint);
            }
        }
        String label = (x.event().equals("close request") ? "close hook" : "reconcile hook")
                + (x.migration() == null ? "" : " for " + x.migration().upper(p));
        String code = x.code();
        Pos codePos = x.codePos();
        if (code == null) {
            Path file = baseDir.resolve(x.file().value(p));
            try {
                code = Files.readString(file);
            } catch (IOException e) {
                diagnostics.error(x.file().pos(), "cannot read " + file + ": " + describe(e), "check the path, relative to "
                        + baseDir);
                return;
            }
            codePos = new Pos(file.toString(), 1, 1, 1);
            diagnostics.addSource(new Source(file.toString(), code));
        }
        try {
            CompiledHook compiled = groovy.get().compile(label, code, codePos);
            checked.hooks().put(x, compiled);
        } catch (HookCompileError e) {
            diagnostics.error(e.pos(), e.getMessage(), "fix the Groovy code of the hook");
        }
    }

    private void run(RunStatement x, Params p) {
        if (x.duration() != null) {
            values.duration(x.duration(), p, 1, Long.MAX_VALUE, "the run time");
        }
        if (x.migration() != null && !symbols.migrations.contains(x.migration().upper(p))) {
            refs.unknownMigration(x.migration(), p);
        }
        if (x.kind().equals("until downtime") && x.migration() == null && symbols.migrations.isEmpty()) {
            // Without a migration there is no downtime window to wait for: the run would go on for its limit.
            diagnostics.error(x.pos(), "no migration has been started, so there is no downtime to wait for",
                    "start one first with select, or say how long: run for 10m");
        }
    }

    private void control(Statement s, Params p) {
        if (s instanceof StatusStatement x) {
            refs.migration(x.migration(), p);
        } else if (s instanceof ShowStatement x) {
            show(x, p);
        } else if (s instanceof VerifyStatement x) {
            refs.migration(x.migration(), p);
        } else if (s instanceof ReportStatement x) {
            refs.migration(x.migration(), p);
            x.file().value(p);
        } else if (s instanceof AbortStatement x) {
            refs.migration(x.migration(), p);
            if (x.reason() != null) {
                x.reason().value(p);
            }
        } else if (s instanceof AppControlStatement x) {
            if (!symbols.applications.contains(x.application().upper(p))) {
                diagnostics.error(x.application().pos(), "application " + x.application().upper(p) + " is not defined",
                        Hints.didYouMean(x.application().upper(p), symbols.applications, ""));
            }
        } else if (s instanceof ImageControlStatement x) {
            refs.knownImage(x.image(), p);
        }
    }

    private void show(ShowStatement x, Params p) {
        switch (x.what()) {
            case "volume" -> {
                try {
                    for (Volser volser : io.dsmig.dsl.run.Executor.showVolumes(x.argument(), x.argumentPos(), p)) {
                        if (!symbols.volumes.contains(volser.value())) {
                            diagnostics.error(x.argumentPos(), "volume " + volser + " is not defined",
                                    Hints.didYouMean(volser.value(), symbols.volumes, ""));
                        }
                    }
                } catch (DasdException e) {
                    diagnostics.error(x.argumentPos(), e.getMessage(), "");
                }
            }
            case "datasets" -> values.mask(x.mask(), p);
            case "table", "timeline", "events" -> refs.migration(new Name(x.argumentPos(), x.argument()), p);
            case "churn" -> {
                if (x.argument() != null && !symbols.churns.contains(x.argument().toUpperCase(Locale.ROOT))) {
                    diagnostics.error(x.argumentPos(), "churn " + x.argument().toUpperCase(Locale.ROOT) + " is not defined",
                            Hints.didYouMean(x.argument(), symbols.churns, ""));
                }
            }
            default -> {
            }
        }
    }

    // --- Values

    /** How many of {@code per} make a second (s → 1, min → 1/60, h → 1/3600), or -1 when it is not a unit. */
    public static double perSecondFactor(Name per) {
        return switch (per.text().toLowerCase(Locale.ROOT)) {
            case "s", "sec", "second" -> 1.0;
            case "m", "min", "minute" -> 1.0 / 60;
            case "h", "hour" -> 1.0 / 3600;
            default -> -1;
        };
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
    }
}
