package io.dsmig.dsl.check;

import io.dsmig.dsl.Source;
import io.dsmig.dsl.ast.HookStatement;
import io.dsmig.dsl.ast.LoadStatement;
import io.dsmig.dsl.ast.ParamTable;
import io.dsmig.dsl.ast.Script;
import io.dsmig.dsl.hooks.CompiledHook;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A script that passed the checker, ready to run: its statements, its parameters as they came out,
 * the scripts it loads (checked too), and its hooks, compiled.
 */
public record Checked(Source source, Script script, ParamTable params, Map<LoadStatement, Checked> loads,
        Map<HookStatement, CompiledHook> hooks) {

    public static Checked empty(Source source, Script script, ParamTable params) {
        return new Checked(source, script, params, new IdentityHashMap<>(), new IdentityHashMap<>());
    }
}
