package io.dsmig.dsl.ast;

/** {@code space cyl 100 10 [contig]}, {@code space trk 300 30}, {@code space blk 27998 500 50}. */
public record SpaceSpec(Pos pos, String unit, Num blockLength, Num primary, Num secondary, boolean contiguous) {
}
