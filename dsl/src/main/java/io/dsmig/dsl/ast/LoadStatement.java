package io.dsmig.dsl.ast;
import java.util.List;

/** {@code load 'file.dsmig' [with NAME = value, …]}: runs another script here, with parameters. */
public record LoadStatement(Pos pos, Str file, List<Assignment> assignments) implements Statement {
    public LoadStatement {
        assignments = List.copyOf(assignments);
    }
}
