package io.dsmig.dsl.hooks;

import io.dsmig.dsl.ast.Pos;

/**
 * A hook failed while it ran: it threw, or ran past its step budget. The message says which hook,
 * where (file:line:col of the hook's code) and what went wrong; the engine aborts the migration with it.
 */
public final class HookFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Pos pos;

    public HookFailure(Pos pos, String message) {
        super(pos + ": " + message);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}
