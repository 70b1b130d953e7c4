package io.dsmig.dsl.ast;

/** {@code on close request|reconcile [for NAME] groovy """…""" | run 'file.groovy'}: a hook. */
public record HookStatement(Pos pos, String event, Name migration, String code, Pos codePos, Str file) implements Statement {}
