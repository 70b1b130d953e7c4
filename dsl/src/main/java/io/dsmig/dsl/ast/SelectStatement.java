package io.dsmig.dsl.ast;
import java.util.List;

/**
 * {@code [plan | rehearse] select datasets|volumes … merge into VOLS [as NAME] [on IMAGE] [options]}:
 * start a migration, plan it (a dry run: placement, problems, copy estimate) or rehearse it (run it to
 * the end in a copy of the world).
 */
public record SelectStatement(Pos pos, Mode mode, Selection selection, Vols targets, Name as, Name image, List<MigrationOption> options) implements Statement {

    /** What the statement does with the migration it describes. */
    public enum Mode { START, PLAN, REHEARSE }

    public SelectStatement {
        options = List.copyOf(options);
    }

    /** The same migration started for real with {@code options} (what-ifs and rehearsals run it so in a copy). */
    public SelectStatement started(List<MigrationOption> options) {
        return new SelectStatement(pos, Mode.START, selection, targets, as, image, options);
    }

    /** Whether this is a dry run, a plan or a rehearsal: nothing in the world changes and no migration is defined. */
    public boolean plan() {
        return mode != Mode.START;
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
