package io.dsmig.dsl.ast;
import java.util.List;

/** {@code [plan] select datasets|volumes … merge into VOLS [as NAME] [on IMAGE] [options]}: start (or plan) a migration. */
public record SelectStatement(Pos pos, boolean plan, Selection selection, Vols targets, Name as, Name image, List<MigrationOption> options) implements Statement {
    public SelectStatement {
        options = List.copyOf(options);
    }

    /**
     * The migration's name: the one given with {@code as}, or MIG1, MIG2, … — the first of those not
     * taken by a migration started before it. The checker, the executor and what-if replays all name
     * migrations with this, so they agree.
     */
    public String migrationName(java.util.Collection<String> started, Params params) {
        if (as != null) {
            return as.upper(params);
        }
        for (int n = started.size() + 1; ; n++) {
            if (!started.contains("MIG" + n)) {
                return "MIG" + n;
            }
        }
    }
}
