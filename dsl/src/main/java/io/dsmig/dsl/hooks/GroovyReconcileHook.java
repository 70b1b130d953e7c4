package io.dsmig.dsl.hooks;

import io.dsmig.dsl.ast.Pos;
import io.dsmig.engine.Decision;
import io.dsmig.engine.HookContext;
import io.dsmig.engine.ReconcileChange;
import io.dsmig.engine.ReconcileHook;

/**
 * A reconcile hook written in Groovy: it returns a {@link Decision} (from {@code accept()},
 * {@code exclude(why)}, {@code abort(why)}, {@code placeOn(…)}), or nothing to accept.
 */
public final class GroovyReconcileHook implements ReconcileHook {

    private final CompiledHook hook;

    public GroovyReconcileHook(CompiledHook hook) {
        this.hook = hook;
    }

    @Override
    public Decision decide(ReconcileChange change, HookContext context) {
        Object result = hook.run(HookBindings.forReconcile(context, hook, change));
        if (result == null) {
            return Decision.accept();
        }
        if (result instanceof Decision d) {
            return d;
        }
        Pos at = hook.codePos();
        throw new HookFailure(at, hook.label() + " returned " + result + "; return accept(), exclude('why'), "
                + "abort('why'), placeOn('VOL…') or nothing");
    }

    @Override
    public String toString() {
        return hook.label();
    }
}
