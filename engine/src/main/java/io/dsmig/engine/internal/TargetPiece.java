package io.dsmig.engine.internal;

import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;
import java.util.List;

/** The part of a target data set on one target volume: its extents there, in order. */
record TargetPiece(Volser volser, List<Extent> extents) {

    TargetPiece {
        extents = List.copyOf(extents);
    }

    int tracks() {
        return extents.stream().mapToInt(Extent::trackCount).sum();
    }
}
