package io.dsmig.dsl.ast;
import java.util.List;

/** {@code populate VOLS with N datasets like MASKS [fill N%] [seed N] [vsam N%] [multivolume N%] [multiextent N%] [spread N] [used N%]}: the estate generator. */
public record PopulateStatement(Pos pos, Vols volumes, Num count, List<Str> masks, Pct fill, Num seed, Pct vsam, Pct multiVolume, Pct multiExtent, Num spread, Pct used) implements Statement {
    public PopulateStatement {
        masks = List.copyOf(masks);
    }
}
