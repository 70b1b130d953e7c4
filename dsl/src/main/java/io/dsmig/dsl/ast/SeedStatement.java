package io.dsmig.dsl.ast;

/** {@code seed N}: the seed every random stream of the world derives from. */
public record SeedStatement(Pos pos, Num seed) implements Statement {}
