package io.dsmig.dsl.ast;

import java.util.List;

/** A parsed script: its statements in order. */
public record Script(String file, List<Statement> statements) {

    public Script {
        statements = List.copyOf(statements);
    }
}
