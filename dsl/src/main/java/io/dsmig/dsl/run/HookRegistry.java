package io.dsmig.dsl.run;

import io.dsmig.dsl.hooks.CompiledHook;
import io.dsmig.dsl.hooks.GroovyCloseHook;
import io.dsmig.dsl.hooks.GroovyReconcileHook;
import io.dsmig.engine.CloseHook;
import io.dsmig.engine.ReconcileHook;
import java.util.HashMap;
import java.util.Map;

/**
 * The hooks a script registered, per migration or for all. Migrations get delegating hooks that look
 * here when they are called, so a hook may be declared before or after the migration it is for.
 */
final class HookRegistry {

    private static final String ALL = "";

    private final Map<String, CompiledHook> close = new HashMap<>();
    private final Map<String, CompiledHook> reconcile = new HashMap<>();

    void register(String event, String migration, CompiledHook hook) {
        (event.equals("close request") ? close : reconcile).put(migration == null ? ALL : migration, hook);
    }

    CloseHook closeHookFor(String migration) {
        return context -> {
            CompiledHook hook = close.getOrDefault(migration, close.get(ALL));
            if (hook == null) {
                CloseHook.ASK_HOLDERS.requestClose(context);
            } else {
                new GroovyCloseHook(hook).requestClose(context);
            }
        };
    }

    ReconcileHook reconcileHookFor(String migration) {
        return (change, context) -> {
            CompiledHook hook = reconcile.getOrDefault(migration, reconcile.get(ALL));
            return hook == null ? ReconcileHook.ACCEPT_ALL.decide(change, context)
                    : new GroovyReconcileHook(hook).decide(change, context);
        };
    }
}
