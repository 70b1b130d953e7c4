package io.dsmig.dsl.ast;

import java.util.List;

/** What a migration statement selects. */
public sealed interface Selection {

    Pos pos();

    /** {@code datasets MASKS [exclude MASKS] [from VOLS]}. */
    record Datasets(Pos pos, List<Str> include, List<Str> exclude, Vols from) implements Selection {
        public Datasets {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
    }

    /** {@code volumes VOLS | pool NAME [exclude MASKS]}. */
    record Volumes(Pos pos, Vols volumes, Name pool, List<Str> exclude) implements Selection {
        public Volumes {
            exclude = List.copyOf(exclude);
        }
    }
}
