package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.Source;
import io.dsmig.dsl.ast.HookStatement;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.Pos;
import io.dsmig.dsl.ast.Script;
import io.dsmig.dsl.ast.SelectStatement;
import io.dsmig.dsl.ast.Statement;
import io.dsmig.dsl.hooks.CompiledHook;
import io.dsmig.dsl.hooks.GroovyHooks;
import io.dsmig.dsl.hooks.HookCompileError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Hooks ({@code on close request}, {@code on reconcile}): the migration a hook names exists somewhere in
 * the script (or, fed a statement at a time, may start later, with a warning), its code file can be
 * read, and its Groovy code compiles. The compiled hook is what the checker keeps for the run.
 */
final class HookChecks {

    private final Diagnostics diagnostics;
    private final Supplier<GroovyHooks> groovy;
    private final boolean interactive;
    private final Path baseDir;
    private final Set<String> targets = new HashSet<>();

    HookChecks(Diagnostics diagnostics, Supplier<GroovyHooks> groovy, boolean interactive, Path baseDir) {
        this.diagnostics = diagnostics;
        this.groovy = groovy;
        this.interactive = interactive;
        this.baseDir = baseDir;
    }

    /** Migration names are known script-wide for hooks ({@code on close request for PAYMIG} may come first). */
    void collectTargets(Script script, Symbols symbols) {
        for (Statement s : script.statements()) {
            if (s instanceof SelectStatement sel && !sel.plan() && sel.as() != null && !sel.as().isParam()) {
                targets.add(sel.as().upper());
            }
        }
        targets.addAll(symbols.migrations);
    }

    /** The hook compiled, or null when its file cannot be read or its code does not compile (both reported). */
    CompiledHook hook(HookStatement x, Params p) {
        target(x, p);
        String label = (x.event().equals("close request") ? "close hook" : "reconcile hook")
                + (x.migration() == null ? "" : " for " + x.migration().upper(p));
        String code = x.code();
        Pos codePos = x.codePos();
        if (code == null) {
            Path file = baseDir.resolve(x.file().value(p));
            try {
                code = Files.readString(file);
            } catch (IOException e) {
                diagnostics.error(x.file().pos(), "cannot read " + file + ": " + Checker.describe(e),
                        "check the path, relative to " + baseDir);
                return null;
            }
            codePos = new Pos(file.toString(), 1, 1, 1);
            diagnostics.addSource(new Source(file.toString(), code));
        }
        try {
            return groovy.get().compile(label, code, codePos);
        } catch (HookCompileError e) {
            diagnostics.error(e.pos(), e.getMessage(), "fix the Groovy code of the hook");
            return null;
        }
    }

    private void target(HookStatement x, Params p) {
        if (x.migration() == null || x.migration().isParam() || targets.contains(x.migration().upper(p))) {
            return;
        }
        String name = x.migration().upper(p);
        String hint = Hints.didYouMean(name, targets, "name the migration with 'as " + name + "' on its select "
                + "statement");
        if (interactive) {
            diagnostics.warning(x.migration().pos(), "no migration named " + name + " yet; the hook applies when one "
                    + "starts", hint);
        } else {
            diagnostics.error(x.migration().pos(), "no migration named " + name + " in this script", hint);
        }
    }
}
