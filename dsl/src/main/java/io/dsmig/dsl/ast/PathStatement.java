package io.dsmig.dsl.ast;

/** {@code path 'NAME' over 'AIX'}: a path over an alternate index. */
public record PathStatement(Pos pos, Str name, Str aix) implements Statement {}
