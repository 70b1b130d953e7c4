package io.dsmig.sim.volume;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.space.Extent;

/** One area of a volume map: what occupies an extent (the label, the VTOC, a data set, or nothing). */
public record MapArea(Extent extent, Kind kind, DataSetName dataSet) {

    public enum Kind { LABEL, VTOC, DATA_SET, FREE }

    @Override
    public String toString() {
        return switch (kind) {
            case LABEL -> "volume label " + extent;
            case VTOC -> "VTOC " + extent;
            case DATA_SET -> dataSet + " " + extent;
            case FREE -> "free " + extent;
        };
    }
}
