package io.dsmig.dsl.ast;
import java.util.List;

/** {@code whatif NAME with OPTIONS versus OPTIONS …}: the migration NAME run again in fresh worlds from the same seed, once per set of options, side by side. */
public record WhatifStatement(Pos pos, Name migration, List<List<MigrationOption>> variants) implements Statement {
    public WhatifStatement {
        variants = variants.stream().map(List::copyOf).toList();
    }
}
