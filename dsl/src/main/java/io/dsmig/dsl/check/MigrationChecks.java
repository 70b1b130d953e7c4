package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.MigrationOption;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.SelectStatement;
import io.dsmig.dsl.ast.Selection;
import io.dsmig.dsl.ast.WhatifStatement;
import io.dsmig.sim.name.Volser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Migrations and plans: what a select statement picks (data set masks, volumes, a storage group),
 * its target volumes, its options (each given once and in range) and its name, which must be valid
 * and new; and what-if variants of a migration already started.
 */
final class MigrationChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final ValueChecks values;
    private final ReferenceChecks refs;

    MigrationChecks(Symbols symbols, Diagnostics diagnostics, ValueChecks values, ReferenceChecks refs) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.values = values;
        this.refs = refs;
    }

    void select(SelectStatement x, Params p) {
        selection(x.selection(), p);
        List<Volser> targets = values.volsers(x.targets(), p, true);
        if (targets.stream().distinct().count() != targets.size()) {
            diagnostics.error(x.targets().pos(), "a target volume is named twice", "");
        }
        if (x.image() != null) {
            refs.knownImage(x.image(), p);
        }
        options(x.options(), p);
        if (x.mode() == SelectStatement.Mode.REHEARSE && x.as() != null && symbols.migrations.contains(x.as().upper(p))) {
            diagnostics.error(x.as().pos(), "a migration named " + x.as().upper(p) + " is already defined, so the "
                    + "rehearsal cannot use its name", "give the rehearsal another name with 'as', or leave 'as' out");
        }
        if (x.as() != null && !x.plan()) {
            String name = x.as().upper(p);
            if (!name.matches("[A-Z#@$][A-Z0-9#@$_\\-]{0,15}")) {
                diagnostics.error(x.as().pos(), "'" + x.as() + "' is not a valid migration name",
                        "1 to 16 characters, starting with a letter");
            } else if (!symbols.migrations.add(name)) {
                diagnostics.error(x.as().pos(), "a migration named " + name + " is already defined",
                        "give this one another name with 'as'");
            }
        } else if (!x.plan()) {
            symbols.migrations.add(x.migrationName(symbols.migrations, p));
        }
    }

    private void selection(Selection s, Params p) {
        if (s instanceof Selection.Datasets d) {
            d.include().forEach(m -> values.mask(m, p));
            d.exclude().forEach(m -> values.mask(m, p));
            if (d.from() != null) {
                values.volsers(d.from(), p, true);
            }
        } else {
            Selection.Volumes v = (Selection.Volumes) s;
            if (v.volumes() != null) {
                values.volsers(v.volumes(), p, true);
            }
            if (v.pool() != null && !symbols.pools.contains(v.pool().upper(p))) {
                diagnostics.error(v.pool().pos(), "no volume belongs to storage group " + v.pool().upper(p),
                        Hints.didYouMean(v.pool().upper(p), symbols.pools, (symbols.pools.isEmpty() ? ""
                                : "the storage groups are " + String.join(", ", symbols.pools) + "; or ")
                                + "put volumes in it with 'pool " + v.pool().upper(p) + "'"));
            }
            v.exclude().forEach(m -> values.mask(m, p));
        }
    }

    private void options(List<MigrationOption> options, Params p) {
        Set<Class<?>> seen = new HashSet<>();
        for (MigrationOption o : options) {
            if (!seen.add(o.getClass())) {
                diagnostics.error(o.pos(), "this option is given twice", "keep one of them");
            }
            if (o instanceof MigrationOption.ResyncEvery r) {
                values.duration(r.interval(), p, 1_000_000, Long.MAX_VALUE, "the resync interval");
            } else if (o instanceof MigrationOption.CloseWhen c) {
                values.wholeNumber(c.tracks(), p, 0, Long.MAX_VALUE, "the close threshold");
            } else if (o instanceof MigrationOption.Passes x) {
                values.wholeNumber(x.limit(), p, 1, 10_000, "the pass limit");
            } else if (o instanceof MigrationOption.TimeLimit t) {
                values.duration(t.limit(), p, 1, Long.MAX_VALUE, "the time limit");
            } else if (o instanceof MigrationOption.CloseTimeout t) {
                values.duration(t.timeout(), p, 1, Long.MAX_VALUE, "the close timeout");
            } else if (o instanceof MigrationOption.Depth d) {
                values.wholeNumber(d.depth(), p, 1, 64, "the copy depth");
            }
        }
    }

    void whatif(WhatifStatement x, Params p) {
        if (!symbols.migrations.contains(x.migration().upper(p))) {
            refs.unknownMigration(x.migration(), p);
        }
        x.variants().forEach(v -> options(v, p));
        if (x.variants().size() > 8) {
            diagnostics.error(x.pos(), "a what-if compares at most 8 variants", "");
        }
    }
}
