package io.dsmig.dsl.ast;

/** {@code abort NAME ['reason']}: stop a migration cleanly. */
public record AbortStatement(Pos pos, Name migration, Str reason) implements Statement {}
