package io.dsmig.dsl.ast;
import java.util.List;

/** {@code volume VOL001 .. VOL040 type 3390-3 [online to …] [indexed] [pool P] [vtoc N tracks] [servers N]}. */
public record VolumeStatement(Pos pos, Vols volumes, Name device, List<Name> onlineTo, boolean onlineToAll, boolean indexed, Name pool, Num vtocTracks, Num servers) implements Statement {
    public VolumeStatement {
        onlineTo = List.copyOf(onlineTo);
    }
}
