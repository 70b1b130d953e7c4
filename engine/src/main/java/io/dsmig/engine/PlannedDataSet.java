package io.dsmig.engine;

import io.dsmig.sim.dataset.VolumeExtent;
import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import java.util.List;

/** One data set in a plan: what it is now, and where its target would go. */
public record PlannedDataSet(DataSetName name, String dsorg, long tracks, List<Volser> sourceVolumes,
        int sourceExtents, List<VolumeExtent> targetExtents) {

    public PlannedDataSet {
        sourceVolumes = List.copyOf(sourceVolumes);
        targetExtents = List.copyOf(targetExtents);
    }

    public boolean placed() {
        return !targetExtents.isEmpty();
    }

    public List<Volser> targetVolumes() {
        return targetExtents.stream().map(VolumeExtent::volser).distinct().toList();
    }
}
