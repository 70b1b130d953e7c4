package io.dsmig.dsl.run;

import io.dsmig.dsl.ast.Pos;

/**
 * A statement could not be carried out: the world refused it (no room, a duplicate, an unknown name
 * at run time) or a migration failed. {@code migrationFailed} tells a failed migration (exit 70) from
 * a script error (exit 65).
 */
public final class ScriptFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Pos pos;
    private final String hint;
    private final boolean migrationFailed;

    public ScriptFailure(Pos pos, String message, String hint, boolean migrationFailed) {
        super(message);
        this.pos = pos;
        this.hint = hint;
        this.migrationFailed = migrationFailed;
    }

    public Pos pos() {
        return pos;
    }

    public String hint() {
        return hint;
    }

    public boolean migrationFailed() {
        return migrationFailed;
    }
}
