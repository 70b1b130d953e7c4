package io.dsmig.dsl.hooks;

import io.dsmig.engine.CloseHook;
import io.dsmig.engine.HookContext;

/** A close hook written in Groovy: runs its compiled code with the close bindings. */
public final class GroovyCloseHook implements CloseHook {

    private final CompiledHook hook;

    public GroovyCloseHook(CompiledHook hook) {
        this.hook = hook;
    }

    @Override
    public void requestClose(HookContext context) {
        hook.run(HookBindings.forClose(context, hook));
    }

    @Override
    public String toString() {
        return hook.label();
    }
}
