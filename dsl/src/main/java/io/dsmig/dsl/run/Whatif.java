package io.dsmig.dsl.run;

import io.dsmig.dsl.ast.MigrationOption;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.SelectStatement;
import io.dsmig.dsl.ast.WhatifStatement;
import io.dsmig.dsl.render.Views;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code whatif NAME with OPTIONS versus OPTIONS …}: replays everything that ran before migration
 * NAME started, in a fresh world per variant from the same seed ({@link Replay}), starts NAME with
 * the variant's options added to its own, runs it to the end and compares. The variants are independent
 * simulations, so they run side by side on separate threads; each alone is deterministic.
 */
final class Whatif {

    private final Runtime rt;

    Whatif(Runtime rt) {
        this.rt = rt;
    }

    void run(WhatifStatement x, Params p) {
        String name = x.migration().upper(p);
        int at = indexOfStart(name);
        if (at < 0) {
            throw new ScriptFailure(x.migration().pos(), "migration " + name + " was not started by this script",
                    "", false);
        }
        List<Runtime.Executed> prefix = rt.history().subList(0, at);
        Runtime.Executed start = rt.history().get(at);
        List<String> labels = new ArrayList<>();
        List<MigrationReport> reports = new ArrayList<>();
        int threads = Math.min(x.variants().size(), Math.max(1, java.lang.Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "whatif");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<MigrationReport>> futures = new ArrayList<>();
            for (List<MigrationOption> variant : x.variants()) {
                labels.add(label(variant, p));
                futures.add(pool.submit(() -> variant(prefix, start, variant, p, name)));
            }
            for (Future<MigrationReport> f : futures) {
                reports.add(f.get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Replay.Interrupted) {
                throw new ScriptFailure(x.pos(), "the what-if was interrupted; nothing here changed", "", false);
            }
            throw new ScriptFailure(x.pos(), "a what-if variant failed: " + cause.getMessage(), "", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptFailure(x.pos(), "the what-if was interrupted; nothing here changed", "", false);
        } finally {
            pool.shutdownNow();
        }
        Views.whatif(name, labels, reports).forEach(rt.output()::line);
    }

    /** Where migration {@code name} was started in the history, naming the migrations as the executor did. */
    private int indexOfStart(String name) {
        return rt.startedAt().getOrDefault(name, -1);
    }

    private MigrationReport variant(List<Runtime.Executed> prefix, Runtime.Executed start, List<MigrationOption> extra,
            Params p, String name) {
        try (Replay replay = Replay.of(rt, prefix)) {
            Runtime fresh = replay.runtime();
            SelectStatement sel = (SelectStatement) start.statement();
            List<MigrationOption> options = new ArrayList<>(sel.options());
            options.removeIf(o -> extra.stream().anyMatch(v -> v.getClass() == o.getClass()));
            options.addAll(extra);
            new Executor(fresh, java.nio.file.Path.of(".")).execute(start.script(), sel.started(options));
            Migration m = fresh.migrations().get(name);
            if (!fresh.advance(m::finished, Runtime.RUN_NANOS_MAX)) {
                throw new Replay.Interrupted();
            }
            return m.report();
        }
    }

    private static String label(List<MigrationOption> variant, Params p) {
        List<String> parts = new ArrayList<>();
        for (MigrationOption o : variant) {
            parts.add(Views.optionText(o, p));
        }
        return String.join(", ", parts);
    }
}
