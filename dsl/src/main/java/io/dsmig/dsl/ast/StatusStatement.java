package io.dsmig.dsl.ast;

/** {@code status [NAME]}: migrations at a glance. */
public record StatusStatement(Pos pos, Name migration) implements Statement {}
