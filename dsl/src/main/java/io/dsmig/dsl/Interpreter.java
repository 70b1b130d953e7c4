package io.dsmig.dsl;

import io.dsmig.dsl.ast.LoadStatement;
import io.dsmig.dsl.ast.ParamTable;
import io.dsmig.dsl.ast.Script;
import io.dsmig.dsl.ast.Statement;
import io.dsmig.dsl.check.Checked;
import io.dsmig.dsl.check.Checker;
import io.dsmig.dsl.check.Symbols;
import io.dsmig.dsl.hooks.GroovyHooks;
import io.dsmig.dsl.parse.ScriptParser;
import io.dsmig.dsl.run.Executor;
import io.dsmig.dsl.run.Runtime;
import io.dsmig.dsl.run.ScriptFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs dsmig language against one runtime, a script or a statement at a time: parse, check (nothing
 * runs if any error is found), then execute. State carries over from one call to the next — the
 * world, the migrations, the parameters, the names defined — which is what a shell session needs; a
 * batch run is a few calls on a fresh interpreter.
 *
 * <pre>{@code
 * Interpreter dsmig = new Interpreter(Output.of(System.out, System.err), Path.of("."), Map.of(), null);
 * Interpreter.Outcome o = dsmig.execute(new Source("payroll.dsmig", text), Path.of("."));
 * }</pre>
 */
public final class Interpreter {

    /** What one call did: its diagnostics, and whether it stopped on a script error or a failed migration. */
    public record Outcome(Diagnostics diagnostics, boolean scriptError, boolean migrationFailed) {
        public boolean ok() {
            return !scriptError && !migrationFailed;
        }
    }

    private final Runtime runtime;
    private final Supplier<GroovyHooks> groovy;
    private final ParamTable params;
    private Symbols symbols = new Symbols();
    private boolean interactive;

    /**
     * @param sets parameter values from the command line ({@code --set NAME=VALUE}), as text
     * @param seed the command line's {@code --seed}, or null
     */
    public Interpreter(Output output, Map<String, String> sets, Long seed) {
        this.groovy = GroovyHooks.lazily();
        this.runtime = new Runtime(output, groovy, seed);
        this.params = new ParamTable(Map.of(), sets);
    }

    /**
     * Marks this interpreter as fed a statement at a time (the shell, a piped session): a hook may then
     * name a migration that starts later.
     */
    public Interpreter interactive() {
        this.interactive = true;
        return this;
    }

    public Runtime runtime() {
        return runtime;
    }

    /** The names defined so far (for completion). */
    public Symbols symbols() {
        return symbols;
    }

    /** Parses, checks and runs {@code source}; relative file names in it are found from {@code baseDir}. */
    public Outcome execute(Source source, Path baseDir) {
        ScriptParser.Result parsed = ScriptParser.parse(source);
        Diagnostics d = parsed.diagnostics();
        if (d.hasErrors()) {
            return report(source, d, true, false);
        }
        Symbols next = symbols.copy();
        Checked checked = Checker.check(source, parsed.script(), params, next, baseDir, groovy, d, interactive);
        if (d.hasErrors()) {
            return report(source, d, true, false);
        }
        Symbols before = symbols;
        symbols = next;
        Executor executor = new Executor(runtime, baseDir);
        try {
            executor.run(checked);
        } catch (ScriptFailure e) {
            symbols = ranSoFar(source, parsed.script(), executor.completed(), before, baseDir);
            d.error(e.pos(), e.getMessage(), e.hint());
            return report(source, d, !e.migrationFailed(), e.migrationFailed());
        }
        return report(source, d, false, false);
    }

    /**
     * The names as they stand after the statements that ran before a failure: the failed statement's
     * names are not defined (a cluster the world refused can be defined again), but a load that failed
     * part way keeps its names, since what ran of it exists.
     */
    private Symbols ranSoFar(Source source, Script script, int completed, Symbols before, Path baseDir) {
        List<Statement> all = script.statements();
        int ran = completed < all.size() && all.get(completed) instanceof LoadStatement ? completed + 1 : completed;
        Symbols rebuilt = before.copy();
        Checker.check(source, new Script(script.file(), all.subList(0, ran)), params, rebuilt, baseDir, groovy,
                new Diagnostics(), interactive);
        return rebuilt;
    }

    /**
     * Parses and checks {@code source} without running anything or changing any state; the
     * diagnostics are returned, not printed.
     */
    public Diagnostics check(Source source, Path baseDir) {
        ScriptParser.Result parsed = ScriptParser.parse(source);
        Diagnostics d = parsed.diagnostics();
        if (!d.hasErrors()) {
            Checker.check(source, parsed.script(), new io.dsmig.dsl.ast.ParamTable(Map.of()), symbols.copy(), baseDir,
                    groovy, d, interactive);
        }
        return d;
    }

    private Outcome report(Source source, Diagnostics d, boolean scriptError, boolean migrationFailed) {
        if (!d.all().isEmpty()) {
            runtime.output().problem(d.format(source).stripTrailing());
        }
        return new Outcome(d, scriptError, migrationFailed);
    }
}
