package io.dsmig.dsl.ast;

/** {@code cluster 'NAME' ksds on VOLS space … [index space …] [ci N] [used N%] [ecr]}: a VSAM cluster. */
public record ClusterStatement(Pos pos, Str name, Name type, Vols volumes, SpaceSpec space, SpaceSpec indexSpace, Num ciSize, Pct used, boolean ecr) implements Statement {}
