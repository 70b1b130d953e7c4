package io.dsmig.dsl.ast;

/** {@code param NAME = value}: a script parameter with its default, set from the command line with {@code --set}. */
public record ParamStatement(Pos pos, Name name, Params.ParamValue value) implements Statement {}
