package io.dsmig.dsl.run;

import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.SelectStatement;
import io.dsmig.dsl.render.Views;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationRefusedException;
import io.dsmig.engine.MigrationReport;
import io.dsmig.sim.kernel.SimTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rehearse select …}: runs the migration to its end in a copy of the world as it stands now
 * ({@link Replay}: the same seed, the same statements, the migrations already running go on running
 * beside it) and says how it went: the copy time, the passes, the downtime and its parts, or why it
 * would be refused or abort. Nothing in the world changes. The simulation is deterministic, so a
 * {@code select} with the same words, typed next, does exactly what the rehearsal showed.
 */
final class Rehearsal {

    private final Runtime rt;

    Rehearsal(Runtime rt) {
        this.rt = rt;
    }

    void run(SelectStatement x, Params p, String name) {
        long now = rt.world().kernel().nowNanos();
        // Said first: a long rehearsal shows at once what it is doing.
        rt.output().line("rehearsal of " + name + " in a copy of the world from " + SimTime.format(now) + " (seed "
                + rt.seed() + "; nothing here changes):");
        try (Replay replay = Replay.of(rt, rt.history())) {
            rehearse(replay.runtime(), x, p, name, rt.progressListener()).forEach(rt.output()::line);
        } catch (Replay.Interrupted e) {
            throw new ScriptFailure(x.pos(), "the rehearsal of " + name + " was interrupted; nothing here changed", "",
                    false);
        }
    }

    /** Runs the migration to its end in {@code copy}; its run shows its progress as a run here would. */
    private static List<String> rehearse(Runtime copy, SelectStatement x, Params p, String name,
            java.util.function.Consumer<Runtime> progress) {
        Migration m;
        try {
            m = copy.engine().start(Requests.of(copy, x.started(x.options()), p, name));
        } catch (MigrationRefusedException e) {
            return List.of("  " + name + " would be refused:" + Executor.problems(e.problems()).replace("\n", "\n  "));
        }
        copy.migrations().put(name, m);
        copy.onProgress(progress);
        if (!copy.advance(m::finished, Runtime.RUN_NANOS_MAX)) {
            throw new Replay.Interrupted();
        }
        List<String> lines = new ArrayList<>();
        if (!m.finished()) {
            lines.add("  " + name + " had not finished after " + SimTime.format(Runtime.RUN_NANOS_MAX) + ": "
                    + m.phase().words());
            return lines;
        }
        MigrationReport r = m.report();
        Views.summary(r).forEach(l -> lines.add("  " + l));
        lines.add("  " + name + (r.completed() ? " would be done at " + SimTime.format(r.finishedNanos())
                + "; 'select' with the same words runs it for real"
                : " would stop at " + SimTime.format(r.finishedNanos()) + ", its targets freed and the catalog untouched"));
        return lines;
    }
}
