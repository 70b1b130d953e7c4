package io.dsmig.sim.volume;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.space.SpaceRequest;

/** What a new VTOC entry is to hold, before its extents are known. */
public record NewEntry(DataSetName name, Dsorg dsorg, DcbAttributes dcb, SpaceRequest space, int volumeSequence,
        boolean extentConstraintRemoval) {

    public static NewEntry of(DataSetName name, Dsorg dsorg, DcbAttributes dcb, SpaceRequest space) {
        return new NewEntry(name, dsorg, dcb, space, 1, false);
    }

    public NewEntry withVolumeSequence(int value) {
        return new NewEntry(name, dsorg, dcb, space, value, extentConstraintRemoval);
    }
}
