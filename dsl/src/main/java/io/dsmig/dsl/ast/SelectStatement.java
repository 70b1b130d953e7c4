package io.dsmig.dsl.ast;
import java.util.List;

/** {@code [plan] select datasets|volumes … merge into VOLS [as NAME] [on IMAGE] [options]}: start (or plan) a migration. */
public record SelectStatement(Pos pos, boolean plan, Selection selection, Vols targets, Name as, Name image, List<MigrationOption> options) implements Statement {
    public SelectStatement {
        options = List.copyOf(options);
    }
}
