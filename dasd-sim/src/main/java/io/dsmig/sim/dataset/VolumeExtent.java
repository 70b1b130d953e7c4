package io.dsmig.sim.dataset;

import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.Extent;

/** An extent and the volume it is on: one element of a data set's extent list. */
public record VolumeExtent(Volser volser, Extent extent) {

    public int trackCount() {
        return extent.trackCount();
    }

    @Override
    public String toString() {
        return volser + " " + extent;
    }
}
