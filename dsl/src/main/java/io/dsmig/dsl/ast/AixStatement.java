package io.dsmig.dsl.ast;

/** {@code aix 'NAME' of 'BASE' on VOLS space … [ci N]}: an alternate index. */
public record AixStatement(Pos pos, Str name, Str base, Vols volumes, SpaceSpec space, Num ciSize) implements Statement {}
