package io.dsmig.dsl.ast;

/** {@code run [for D | until NAME done | until all done | until downtime [of NAME]]}: advance the simulation. */
public record RunStatement(Pos pos, String kind, Dur duration, Name migration) implements Statement {}
