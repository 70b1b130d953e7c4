package io.dsmig.dsl.hooks;

import io.dsmig.dsl.ast.Pos;

/** A hook's Groovy code does not compile; the position is in the script (or hook file) itself. */
public final class HookCompileError extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Pos pos;

    public HookCompileError(Pos pos, String message) {
        super(message);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}
