package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.AbortStatement;
import io.dsmig.dsl.ast.AppControlStatement;
import io.dsmig.dsl.ast.ImageControlStatement;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Params;
import io.dsmig.dsl.ast.ReportStatement;
import io.dsmig.dsl.ast.RunStatement;
import io.dsmig.dsl.ast.ShowStatement;
import io.dsmig.dsl.ast.Statement;
import io.dsmig.dsl.ast.StatusStatement;
import io.dsmig.dsl.ast.VerifyStatement;
import io.dsmig.dsl.run.Executor;
import io.dsmig.sim.DasdException;
import io.dsmig.sim.name.Volser;
import java.util.Locale;

/**
 * Statements that drive and look at a run rather than define something: run, status, show, verify,
 * report, abort, and starting or stopping an application or an image. What they name (a migration, a
 * volume, a churn, an application, an image) must be defined by then.
 */
final class ControlChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;
    private final ValueChecks values;
    private final ReferenceChecks refs;

    ControlChecks(Symbols symbols, Diagnostics diagnostics, ValueChecks values, ReferenceChecks refs) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
        this.values = values;
        this.refs = refs;
    }

    void run(RunStatement x, Params p) {
        if (x.duration() != null) {
            values.duration(x.duration(), p, 1, Long.MAX_VALUE, "the run time");
        }
        if (x.migration() != null && !symbols.migrations.contains(x.migration().upper(p))) {
            refs.unknownMigration(x.migration(), p);
        }
        if (x.kind().equals("until downtime") && x.migration() == null && symbols.migrations.isEmpty()) {
            // Without a migration there is no downtime window to wait for: the run would go on for its limit.
            diagnostics.error(x.pos(), "no migration has been started, so there is no downtime to wait for",
                    "start one first with select, or say how long: run for 10m");
        }
    }

    /** Any other statement: the control statements are checked, the rest has nothing to check. */
    void control(Statement s, Params p) {
        if (s instanceof StatusStatement x) {
            refs.migration(x.migration(), p);
        } else if (s instanceof ShowStatement x) {
            show(x, p);
        } else if (s instanceof VerifyStatement x) {
            refs.migration(x.migration(), p);
        } else if (s instanceof ReportStatement x) {
            refs.migration(x.migration(), p);
            x.file().value(p);
        } else if (s instanceof AbortStatement x) {
            refs.migration(x.migration(), p);
            if (x.reason() != null) {
                x.reason().value(p);
            }
        } else if (s instanceof AppControlStatement x) {
            if (!symbols.applications.contains(x.application().upper(p))) {
                diagnostics.error(x.application().pos(), "application " + x.application().upper(p) + " is not defined",
                        Hints.didYouMean(x.application().upper(p), symbols.applications, ""));
            }
        } else if (s instanceof ImageControlStatement x) {
            refs.knownImage(x.image(), p);
        }
    }

    private void show(ShowStatement x, Params p) {
        switch (x.what()) {
            case "volume" -> showVolumes(x, p);
            case "datasets" -> values.mask(x.mask(), p);
            case "table", "timeline", "events" -> refs.migration(new Name(x.argumentPos(), x.argument()), p);
            case "churn" -> showChurn(x);
            default -> {
            }
        }
    }

    private void showVolumes(ShowStatement x, Params p) {
        try {
            for (Volser volser : Executor.showVolumes(x.argument(), x.argumentPos(), p)) {
                definedVolume(volser, x);
            }
        } catch (DasdException e) {
            diagnostics.error(x.argumentPos(), e.getMessage(), "");
        }
    }

    private void definedVolume(Volser volser, ShowStatement x) {
        if (!symbols.volumes.contains(volser.value())) {
            diagnostics.error(x.argumentPos(), "volume " + volser + " is not defined",
                    Hints.didYouMean(volser.value(), symbols.volumes, ""));
        }
    }

    private void showChurn(ShowStatement x) {
        if (x.argument() != null && !symbols.churns.contains(x.argument().toUpperCase(Locale.ROOT))) {
            diagnostics.error(x.argumentPos(), "churn " + x.argument().toUpperCase(Locale.ROOT) + " is not defined",
                    Hints.didYouMean(x.argument(), symbols.churns, ""));
        }
    }
}
