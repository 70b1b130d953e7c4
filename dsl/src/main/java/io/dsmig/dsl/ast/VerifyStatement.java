package io.dsmig.dsl.ast;

/** {@code verify NAME}: the migration's verification and a check of every acknowledged write. */
public record VerifyStatement(Pos pos, Name migration) implements Statement {}
