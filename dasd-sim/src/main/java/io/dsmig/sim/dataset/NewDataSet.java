package io.dsmig.sim.dataset;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import io.dsmig.sim.volume.DcbAttributes;
import io.dsmig.sim.volume.Dsorg;
import java.util.List;

/**
 * What to allocate: name, organization, DCB attributes, space, and the volumes — the primary goes on
 * the first, the others are candidates for extension (multi-volume organizations only).
 *
 * <pre>{@code
 * NewDataSet.of("PAYROLL.MASTER", Dsorg.PS, SpaceRequest.cylinders(100, 10), List.of(vol1))
 *     .withDcb(DcbAttributes.FB80)
 * }</pre>
 */
public record NewDataSet(DataSetName name, Dsorg dsorg, DcbAttributes dcb, SpaceRequest space, List<Volser> volumes) {

    public NewDataSet {
        volumes = List.copyOf(volumes);
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException(name + ": name at least one volume");
        }
        if (volumes.size() > Dsorg.VOLUMES_MAX) {
            throw new IllegalArgumentException(name + ": " + volumes.size() + " volumes is more than the "
                    + Dsorg.VOLUMES_MAX + " a data set may span");
        }
        if (volumes.size() > 1 && !dsorg.multiVolume()) {
            throw new IllegalArgumentException(name + ": a " + dsorg.description() + " lives on one volume; "
                    + volumes.size() + " were named");
        }
        if (volumes.stream().distinct().count() != volumes.size()) {
            throw new IllegalArgumentException(name + ": a volume is named twice in " + volumes);
        }
        if (space.primary() < 1) {
            throw new IllegalArgumentException(name + ": the primary space quantity must be at least 1");
        }
    }

    public static NewDataSet of(String name, Dsorg dsorg, SpaceRequest space, List<Volser> volumes) {
        return new NewDataSet(DataSetName.of(name), dsorg, DcbAttributes.FB80, space, volumes);
    }

    public NewDataSet withDcb(DcbAttributes value) {
        return new NewDataSet(name, dsorg, value, space, volumes);
    }

    public NewDataSet withName(DataSetName value) {
        return new NewDataSet(value, dsorg, dcb, space, volumes);
    }

    public NewDataSet withVolumes(List<Volser> value) {
        return new NewDataSet(name, dsorg, dcb, space, value);
    }

    public NewDataSet withSpace(SpaceRequest value) {
        return new NewDataSet(name, dsorg, dcb, value, volumes);
    }
}
