package io.dsmig.dsl.run;

import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.*;
import io.dsmig.dsl.check.Checked;
import io.dsmig.dsl.check.Checker;
import io.dsmig.dsl.render.Views;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationRefusedException;
import io.dsmig.engine.MigrationReport;
import io.dsmig.engine.MigrationRequest;
import io.dsmig.engine.Plan;
import io.dsmig.sim.DasdException;
import io.dsmig.sim.World;
import io.dsmig.sim.app.Application;
import io.dsmig.sim.app.WriteLog;
import io.dsmig.sim.kernel.SimTime;
import io.dsmig.sim.name.Mask;
import io.dsmig.sim.name.Volser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs checked statements against a {@link Runtime}: each statement becomes calls on the world and
 * the engine. A request the world refuses becomes a {@link ScriptFailure} at the statement; so does a
 * migration that is refused or fails.
 */
public final class Executor {

    /** A refused migration names this many of its problems; {@code plan} lists them all. */
    static final int REFUSAL_LINES_MAX = 10;

    private final Runtime rt;
    private final Path baseDir;
    private final java.util.Set<String> reported;
    private int completed;
    private Params params = Params.NONE;

    public Executor(Runtime runtime, Path baseDir) {
        this.rt = runtime;
        this.baseDir = baseDir;
        this.reported = runtime.reported();
    }

    /** Runs every statement of {@code checked} in order. */
    public void run(Checked checked) {
        for (Statement s : checked.script().statements()) {
            execute(checked, s);
            completed++;
        }
    }

    /** How many of the script's own statements ran to their end (those of loaded scripts not counted). */
    public int completed() {
        return completed;
    }

    void execute(Checked checked, Statement s) {
        Params p = checked.params();
        params = p;
        try {
            if (s instanceof LoadStatement x) {
                Checked loaded = checked.loads().get(x);
                Path dir = Path.of(loaded.source().name()).toAbsolutePath().getParent();
                new Executor(rt, dir).run(loaded);
                return;
            }
            dispatch(checked, s, p);
            if (s instanceof RunStatement) {
                // Replays stop where this run stopped, even if Ctrl-C stopped it early.
                rt.history().add(new Runtime.Executed(checked, s, rt.world().kernel().eventsFired(),
                        rt.world().kernel().nowNanos()));
            } else if (!outputOnly(s)) {
                // Only statements that took effect are replayed by what-ifs; one the world refused had none.
                rt.history().add(new Runtime.Executed(checked, s));
            }
        } catch (ScriptFailure e) {
            throw e;
        } catch (DasdException | IllegalArgumentException | IllegalStateException e) {
            throw new ScriptFailure(s.pos(), e.getMessage(), "", false);
        } catch (ParamException e) {
            throw new ScriptFailure(e.pos(), e.getMessage(), e.hint(), false);
        }
    }

    private static boolean outputOnly(Statement s) {
        return s instanceof ShowStatement || s instanceof StatusStatement || s instanceof ReportStatement
                || s instanceof VerifyStatement || s instanceof WhatifStatement
                || s instanceof SelectStatement sel && sel.plan();
    }

    private void dispatch(Checked checked, Statement s, Params p) {
        World w = s instanceof SeedStatement || s instanceof ParamStatement || s instanceof HookStatement ? null
                : rt.world();
        if (s instanceof SeedStatement x) {
            rt.seed(x.seed().longValue(p));
        } else if (s instanceof ParamStatement) {
            return;
        } else if (s instanceof HookStatement x) {
            rt.hooks().register(x.event(), x.migration() == null ? null : x.migration().upper(p), checked.hooks().get(x));
        } else if (s instanceof ImageStatement || s instanceof VolumeStatement || s instanceof CatalogStatement
                || s instanceof AliasStatement || s instanceof DatasetStatement || s instanceof ClusterStatement
                || s instanceof AixStatement || s instanceof PathStatement || s instanceof PopulateStatement
                || s instanceof TimingStatement) {
            new WorldBuilder(w, rt.output()).build(s, p);
        } else if (s instanceof ApplicationStatement || s instanceof ChurnStatement) {
            new WorldBuilder(w, rt.output()).activity(s, p);
        } else if (s instanceof SelectStatement x) {
            select(x, p);
        } else if (s instanceof WhatifStatement x) {
            new Whatif(rt).run(x, p);
        } else if (s instanceof RunStatement x) {
            run(x, p);
        } else {
            control(s, p, w);
        }
    }

    // --- Migrations

    private void select(SelectStatement x, Params p) {
        String name = x.migrationName(rt.migrations().keySet(), p);
        MigrationRequest request = Requests.of(rt, x, p, name);
        if (x.mode() == SelectStatement.Mode.PLAN) {
            Plan plan = rt.engine().plan(request);
            Views.plan(plan).forEach(rt.output()::line);
            return;
        }
        if (x.mode() == SelectStatement.Mode.REHEARSE) {
            new Rehearsal(rt).run(x, p, name);
            return;
        }
        try {
            Migration m = rt.engine().start(request);
            rt.migrations().put(name, m);
            rt.startedAt().put(name, rt.history().size()); // where execute() records this statement next
            rt.output().line("started " + name + " at " + SimTime.format(rt.world().kernel().nowNanos()));
            // What hooks log, and the assessment's warnings, are for the person watching: shown as they
            // happen (and kept in the events).
            m.events().stream().filter(e -> e.kind().equals("warning"))
                    .forEach(e -> rt.output().line(name + " warning: " + e.message()));
            m.addListener(e -> {
                if (e.kind().equals("hook")) {
                    rt.output().line(name + " " + SimTime.format(e.timeNanos()) + " hook: " + e.message());
                } else if (e.kind().equals("warning")) {
                    rt.output().line(name + " warning: " + e.message());
                }
            });
        } catch (MigrationRefusedException e) {
            throw new ScriptFailure(x.pos(), "migration " + name + " cannot start:" + problems(e.problems()),
                    "nothing was allocated or changed", true);
        }
    }

    /** A refusal's problems: one on the same line, or up to ten a line each and how many more there are. */
    static String problems(List<String> all) {
        List<String> shown = all.subList(0, Math.min(all.size(), REFUSAL_LINES_MAX));
        return all.size() == 1 ? " " + all.get(0) : "\n      - " + String.join("\n      - ", shown)
                + (all.size() > shown.size() ? String.format(Locale.ROOT, "\n      … and %,d more ('plan' with the "
                        + "same selection lists every one)", all.size() - shown.size()) : "");
    }

    private void run(RunStatement x, Params p) {
        World w = rt.world();
        long start = w.kernel().nowNanos();
        boolean finished;
        switch (x.kind()) {
            case "for" -> finished = rt.advance(() -> false, x.duration().value(p));
            case "until done" -> {
                Migration m = migration(x.migration());
                finished = rt.advance(m::finished, Runtime.RUN_NANOS_MAX);
            }
            case "until downtime" -> {
                List<Migration> watched = x.migration() == null ? List.copyOf(rt.migrations().values())
                        : List.of(migration(x.migration()));
                finished = rt.advance(() -> watched.stream().anyMatch(m -> m.phase().inWindow() || m.finished()),
                        Runtime.RUN_NANOS_MAX);
            }
            default -> {
                if (rt.migrations().values().stream().allMatch(Migration::finished)) {
                    throw new ScriptFailure(x.pos(), "no migration is running", "say how long: run for 10m", false);
                }
                finished = rt.advance(() -> rt.migrations().values().stream().allMatch(Migration::finished),
                        Runtime.RUN_NANOS_MAX);
            }
        }
        long now = w.kernel().nowNanos();
        rt.output().line((finished ? "ran " : "interrupted after ") + SimTime.format(now - start) + "; the time is now "
                + SimTime.format(now));
        reportFinished();
    }

    /** Says once, when a migration ends, how it ended. */
    private void reportFinished() {
        for (Migration m : rt.migrations().values()) {
            if (m.finished() && reported.add(m.name())) {
                if (m.succeeded()) {
                    var r = m.report();
                    String verified = r.verification() == null ? ""
                            : r.verification().passed() ? String.format(Locale.ROOT, "; verified: %,d tracks match",
                                    r.verification().tracksCompared())
                            : String.format(Locale.ROOT, "; verification found %,d mismatches",
                                    r.verification().mismatches().size());
                    rt.output().line(m.name() + " completed at " + SimTime.format(r.finishedNanos())
                            + ", downtime " + SimTime.format(r.downtime().totalNanos()) + verified);
                } else {
                    rt.output().problem(m.name() + " aborted: " + m.failure());
                }
            }
        }
    }


    private Migration migration(Name n) {
        Migration m = rt.migrations().get(n.upper(params));
        if (m == null) {
            throw new ScriptFailure(n.pos(), "no migration named " + n.upper(params) + " has been started",
                    Hints.didYouMean(n.upper(params), rt.migrations().keySet(), ""), false);
        }
        return m;
    }

    // --- Control and views

    private void control(Statement s, Params p, World w) {
        if (s instanceof StatusStatement x) {
            List<Migration> list = x.migration() == null ? List.copyOf(rt.migrations().values())
                    : List.of(migration(x.migration()));
            if (list.isEmpty()) {
                rt.output().line("no migrations; the time is " + SimTime.format(w.kernel().nowNanos()));
            }
            list.forEach(m -> rt.output().line(Views.statusLine(m.status())));
        } else if (s instanceof ShowStatement x) {
            show(x, w, p);
        } else if (s instanceof VerifyStatement x) {
            verify(x, w);
        } else if (s instanceof ReportStatement x) {
            report(x, p);
        } else if (s instanceof AbortStatement x) {
            Migration m = migration(x.migration());
            if (m.finished()) {
                // Migration.abort does nothing then; saying it will stop would be wrong.
                rt.output().line(m.name() + " has already " + (m.succeeded() ? "completed" : "aborted")
                        + ": there is nothing to abort");
                return;
            }
            m.abort(x.reason() == null ? "aborted by the script" : x.reason().value(p));
            rt.output().line(m.name() + " will stop at the next event");
        } else if (s instanceof AppControlStatement x) {
            appControl(x, w);
        } else if (s instanceof ImageControlStatement x) {
            if (x.up()) {
                w.image(x.image().text()).markUp();
            } else {
                w.image(x.image().text()).markDown();
            }
            rt.output().line("image " + x.image().upper(p) + " is " + (x.up() ? "up" : "down"));
        }
    }

    private void show(ShowStatement x, World w, Params p) {
        List<String> lines = switch (x.what()) {
            case "volume" -> volumeViews(x, w);
            case "datasets" -> Views.dataSets(w, Mask.parse(x.mask().value(p)));
            case "table" -> Views.table(migration(new Name(x.argumentPos(), x.argument())));
            case "timeline" -> Views.timeline(migration(new Name(x.argumentPos(), x.argument())).report(),
                    rt.output().rich(), rt.output().columns());
            case "events" -> migration(new Name(x.argumentPos(), x.argument())).events().stream()
                    .map(Object::toString).toList();
            case "applications" -> Views.applications(w);
            case "images" -> Views.images(w);
            case "volumes" -> Views.volumes(w);
            case "migrations" -> rt.migrations().values().stream().map(m -> Views.statusLine(m.status())).toList();
            case "churn" -> Views.churn(w, x.argument());
            default -> List.of();
        };
        lines.forEach(rt.output()::line);
    }

    /** {@code show volume V [map]}; V may be a parameter holding a volume list, each shown in turn. */
    private List<String> volumeViews(ShowStatement x, World w) {
        List<String> lines = new java.util.ArrayList<>();
        for (Volser v : showVolumes(x.argument(), x.argumentPos(), params)) {
            lines.addAll(x.map() ? Views.volumeMap(w.volumes().get(v), rt.output().rich(),
                    rt.output().columns()) : Views.volume(w, w.volumes().get(v)));
        }
        return lines;
    }

    /** The volumes {@code show volume} names: a volser, or a parameter with a volume list or a string. */
    public static List<Volser> showVolumes(String argument, Pos pos, Params p) {
        if (!argument.startsWith("${")) {
            return List.of(Volser.of(argument));
        }
        Params.ParamValue v = p.get(argument.substring(2, argument.length() - 1).toUpperCase(Locale.ROOT));
        if (v instanceof Vols vols) {
            return vols.value(p);
        }
        if (v instanceof Str s) {
            return List.of(Volser.of(s.value(p)));
        }
        throw new ParamException(pos, "parameter " + argument + " does not hold a volume", "give it a volser or a "
                + "volume list");
    }

    private void verify(VerifyStatement x, World w) {
        Migration m = migration(x.migration());
        if (!m.finished()) {
            throw new ScriptFailure(x.pos(), m.name() + " has not finished (it is in " + m.phase().words()
                    + "): its targets can be verified when it is done", "run until " + m.name() + " done first", false);
        }
        MigrationReport.Verification v = m.report().verification();
        boolean ok = true;
        if (!m.succeeded()) {
            rt.output().line(m.name() + " aborted before its switch: it has no targets to verify");
        } else if (v == null) {
            rt.output().line(m.name() + ": track verification was not asked for (add 'verify' to its options)");
        } else {
            ok = v.passed();
            rt.output().line(String.format(Locale.ROOT, "%s: %,d tracks of %,d data sets compared, %s", m.name(),
                    v.tracksCompared(), v.dataSets(), v.passed() ? "all match" : v.mismatches().size() + " mismatches"));
            v.mismatches().stream().limit(10).forEach(rt.output()::problem);
        }
        WriteLog.Verification writes = w.verifyWrites();
        rt.output().line(String.format(Locale.ROOT, "acknowledged writes: %,d tracks read back, %s", writes.tracksChecked(),
                writes.passed() ? "all as written" : writes.mismatches().size() + " differ"));
        writes.mismatches().stream().limit(10).forEach(mm -> rt.output().problem(mm.toString()));
        if (!ok || !writes.passed()) {
            throw new ScriptFailure(x.pos(), m.name() + " did not verify", "see the mismatches above", true);
        }
    }

    private void report(ReportStatement x, Params p) {
        Migration m = migration(x.migration());
        Path file = Path.of(x.file().value(p)).toAbsolutePath();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, io.dsmig.dsl.render.ReportJson.of(m.report()));
        } catch (IOException e) {
            throw new ScriptFailure(x.file().pos(), "cannot write " + file + ": " + reason(e),
                    "check that the folder can be written", false);
        }
        rt.output().line("wrote the report of " + m.name() + " to " + file);
    }

    /** Why a file could not be written, in words (the exception's message is often just the path). */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }

    private void appControl(AppControlStatement x, World w) {
        Application app = w.applications().get(x.application().text());
        switch (x.action()) {
            case "stop" -> app.requestClose();
            case "reopen" -> app.reopen();
            default -> {
                if (app.state() == Application.State.CLOSED) {
                    app.reopen();
                } else {
                    app.start();
                }
            }
        }
        rt.output().line(x.action() + " " + app.name() + ": it is " + app.state().name().toLowerCase(Locale.ROOT));
    }

    /** The volsers of a {@code Vols}, or a failure at its position. */
    static List<Volser> volsers(Vols v, Params p) {
        return v.value(p);
    }

    /** Rate in per-second units from a statement's rate. */
    static double perSecond(Rate r, Params p) {
        return r.amount().value(p) * Checker.perSecondFactor(r.per());
    }
}
