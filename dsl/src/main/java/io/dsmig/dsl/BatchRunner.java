package io.dsmig.dsl;

import io.dsmig.dsl.render.Views;
import io.dsmig.engine.Migration;
import io.dsmig.engine.MigrationReport;
import io.dsmig.sim.kernel.SimTime;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dsmig run FILE… [--seed N] [--set NAME=VALUE …]}: runs scripts one after the other in one
 * world, lets any migration still running finish, prints a summary, and returns the exit code — 0
 * when every migration completed, 65 for a script error, 70 for a failed or aborted migration or one whose
 * verification found mismatches.
 */
public final class BatchRunner {

    private final PrintStream out;
    private final PrintStream err;

    public BatchRunner(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Parses the arguments after {@code run} and runs. */
    public ExitCode run(List<String> args) {
        List<Path> files = new ArrayList<>();
        Long seed = null;
        Map<String, String> sets = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--seed") && i + 1 < args.size()) {
                try {
                    seed = Long.parseLong(args.get(++i).replace("_", ""));
                } catch (NumberFormatException e) {
                    return usage("--seed takes a whole number, not '" + args.get(i) + "'");
                }
            } else if (a.equals("--set") && i + 1 < args.size()) {
                String kv = args.get(++i);
                int eq = kv.indexOf('=');
                if (eq < 1) {
                    return usage("--set takes NAME=VALUE, not '" + kv + "'");
                }
                sets.put(kv.substring(0, eq).trim().toUpperCase(java.util.Locale.ROOT), kv.substring(eq + 1));
            } else if (a.equals("--seed") || a.equals("--set")) {
                return usage(a + " needs a value after it: " + (a.equals("--seed") ? "--seed N" : "--set NAME=VALUE"));
            } else if (a.startsWith("-")) {
                return usage("unknown option '" + a + "'");
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            return usage("name a script to run");
        }
        return run(files, seed, sets);
    }

    public ExitCode run(List<Path> files, Long seed, Map<String, String> sets) {
        ExitCode unknown = checkSets(files, sets);
        if (unknown != null) {
            return unknown;
        }
        Interpreter dsmig = new Interpreter(Output.of(out, err), sets, seed);
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file);
            } catch (NoSuchFileException e) {
                err.println("dsmig: " + file + ": no such file");
                return ExitCode.NO_INPUT;
            } catch (IOException e) {
                err.println("dsmig: cannot read " + file + ": " + e.getMessage());
                return ExitCode.NO_INPUT;
            }
            Path dir = file.toAbsolutePath().getParent();
            Interpreter.Outcome o = dsmig.execute(new Source(file.toString(), text), dir);
            if (!o.ok()) {
                summary(dsmig);
                return o.migrationFailed() ? ExitCode.MIGRATION_FAILED : ExitCode.SCRIPT_ERROR;
            }
        }
        return finish(dsmig);
    }

    /** The end of a run: migrations still running are run to their end, then the summary; the exit code. */
    public ExitCode finish(Interpreter dsmig) {
        finishRunning(dsmig);
        return summary(dsmig);
    }

    /**
     * Every {@code --set} must name a parameter one of the files declares; checked before anything
     * runs, so a typo does not cost a whole migration. Unreadable or unparsable files are left to the run.
     */
    private ExitCode checkSets(List<Path> files, Map<String, String> sets) {
        if (sets.isEmpty()) {
            return null;
        }
        java.util.Set<String> declared = new java.util.TreeSet<>();
        for (Path file : files) {
            try {
                var parsed = io.dsmig.dsl.parse.ScriptParser.parse(new Source(file.toString(), Files.readString(file)));
                parsed.script().statements().stream().filter(s -> s instanceof io.dsmig.dsl.ast.ParamStatement)
                        .forEach(s -> declared.add(((io.dsmig.dsl.ast.ParamStatement) s).name().upper()));
            } catch (IOException e) {
                return null;
            }
        }
        for (String name : sets.keySet()) {
            if (!declared.contains(name)) {
                err.println("dsmig: --set " + name + ": no script of this run declares a parameter named " + name);
                err.println("    hint: " + Hints.didYouMean(name, declared, declared.isEmpty() ? "the scripts declare "
                        + "no parameters" : "their parameters: " + String.join(", ", declared)));
                return ExitCode.SCRIPT_ERROR;
            }
        }
        return null;
    }

    /** Migrations still running when the scripts end are run to their end: a batch run leaves nothing half done. */
    private void finishRunning(Interpreter dsmig) {
        List<Migration> running = dsmig.runtime().migrations().values().stream().filter(m -> !m.finished()).toList();
        if (running.isEmpty()) {
            return;
        }
        out.println("running until " + String.join(", ", running.stream().map(Migration::name).toList()) + " finish"
                + (running.size() == 1 ? "es" : ""));
        dsmig.execute(new Source("<end of run>", "run until all done"), Path.of("."));
    }

    private ExitCode summary(Interpreter dsmig) {
        Map<String, Migration> migrations = dsmig.runtime().migrations();
        if (migrations.isEmpty()) {
            return ExitCode.OK;
        }
        out.println();
        out.println("summary (simulated time " + SimTime.format(dsmig.runtime().world().kernel().nowNanos()) + ", seed "
                + dsmig.runtime().seed() + "):");
        boolean failed = false;
        for (Migration m : migrations.values()) {
            if (m.finished()) {
                Views.summary(m.report()).forEach(l -> out.println("  " + l));
            } else {
                // A script error stopped the run: the migration is neither done nor aborted.
                out.println("  " + m.name() + " did not finish: it was in " + m.phase().words() + " when the run stopped");
            }
            // A migration that switched but whose verification found mismatches has failed too.
            MigrationReport.Verification v = m.report().verification();
            failed |= !m.succeeded() || v != null && !v.passed();
        }
        out.flush();
        return failed ? ExitCode.MIGRATION_FAILED : ExitCode.OK;
    }

    private ExitCode usage(String problem) {
        err.println("dsmig run: " + problem);
        err.println("usage: dsmig run FILE... [--seed N] [--set NAME=VALUE ...]");
        return ExitCode.USAGE;
    }
}
