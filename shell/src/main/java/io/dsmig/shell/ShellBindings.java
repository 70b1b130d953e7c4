package io.dsmig.shell;

import io.dsmig.dsl.Interpreter;
import io.dsmig.engine.MigrationEngine;
import io.dsmig.sim.World;

/**
 * The live session as {@code :java} snippets see it. JShell runs snippets in this JVM, and they reach
 * the session through these static methods (variables {@code world}, {@code engine}, {@code dsmig}
 * are declared on them).
 */
public final class ShellBindings {

    private static volatile Interpreter interpreter;

    private ShellBindings() {
    }

    static void bind(Interpreter value) {
        interpreter = value;
    }

    /** The session's world (created if there is none yet). */
    public static World world() {
        return interpreter.runtime().world();
    }

    /** The migration engine over the world. */
    public static MigrationEngine engine() {
        return interpreter.runtime().engine();
    }

    /** The language interpreter of the session. */
    public static Interpreter dsmig() {
        return interpreter;
    }
}
