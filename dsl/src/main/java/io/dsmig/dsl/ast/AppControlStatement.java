package io.dsmig.dsl.ast;

/** {@code start|stop|reopen [application] NAME}: control an application. */
public record AppControlStatement(Pos pos, String action, Name application) implements Statement {}
