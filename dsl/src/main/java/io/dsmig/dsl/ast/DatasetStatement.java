package io.dsmig.dsl.ast;

/** {@code dataset 'NAME' on VOLS space … [dsorg …] [recfm …] [lrecl …] [blksize …] [keylen …] [used N%]}. */
public record DatasetStatement(Pos pos, Str name, Vols volumes, SpaceSpec space, Name dsorg, Name recfm, Num lrecl, Num blksize, Num keylen, Pct used) implements Statement {}
