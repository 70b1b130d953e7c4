package io.dsmig.dsl.ast;

/** One option of a migration statement. */
public sealed interface MigrationOption {

    Pos pos();

    record ResyncEvery(Pos pos, Dur interval) implements MigrationOption {
    }

    record CloseWhen(Pos pos, Num tracks) implements MigrationOption {
    }

    record Passes(Pos pos, Num limit) implements MigrationOption {
    }

    record TimeLimit(Pos pos, Dur limit) implements MigrationOption {
    }

    record CloseTimeout(Pos pos, Dur timeout) implements MigrationOption {
    }

    record KeepSource(Pos pos) implements MigrationOption {
    }

    record Verify(Pos pos) implements MigrationOption {
    }

    record Reconcile(Pos pos, boolean whileMirroring) implements MigrationOption {
    }

    record Depth(Pos pos, Num depth) implements MigrationOption {
    }

    record Offline(Pos pos) implements MigrationOption {
    }
}
