package io.dsmig.dsl.check;

import io.dsmig.dsl.Diagnostics;
import io.dsmig.dsl.Hints;
import io.dsmig.dsl.ast.Name;
import io.dsmig.dsl.ast.Params;

/**
 * Names that must have been defined earlier in the script (or the session): images and migrations,
 * which statements of several families refer to. An unknown name is reported with the nearest known
 * one, or with how to define it when there is none.
 */
final class ReferenceChecks {

    private final Symbols symbols;
    private final Diagnostics diagnostics;

    ReferenceChecks(Symbols symbols, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    void knownImage(Name n, Params p) {
        if (!symbols.images.contains(n.upper(p))) {
            diagnostics.error(n.pos(), "image " + n.upper(p) + " is not defined",
                    Hints.didYouMean(n.upper(p), symbols.images, symbols.images.isEmpty() ? "define it first: image "
                            + n.upper(p) : "images: " + String.join(", ", symbols.images)));
        }
    }

    /** A migration named by a statement that may leave it out ({@code n} is then null). */
    void migration(Name n, Params p) {
        if (n != null && !symbols.migrations.contains(n.upper(p))) {
            unknownMigration(n, p);
        }
    }

    void unknownMigration(Name n, Params p) {
        diagnostics.error(n.pos(), "no migration named " + n.upper(p) + " has been started",
                Hints.didYouMean(n.upper(p), symbols.migrations, symbols.migrations.isEmpty()
                        ? "start one with: select datasets 'MASK' merge into VOL as " + n.upper(p)
                        : "migrations so far: " + String.join(", ", symbols.migrations)));
    }
}
