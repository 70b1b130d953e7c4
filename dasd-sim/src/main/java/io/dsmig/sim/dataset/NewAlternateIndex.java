package io.dsmig.sim.dataset;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import java.util.List;

/** An alternate index to define over a base cluster: its name, base, volumes, data space and CI size. */
public record NewAlternateIndex(DataSetName name, DataSetName baseCluster, List<Volser> volumes, SpaceRequest dataSpace,
        int ciSize) {

    public NewAlternateIndex {
        volumes = List.copyOf(volumes);
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException(name + ": name at least one volume");
        }
    }

    public static NewAlternateIndex of(String name, String baseCluster, SpaceRequest dataSpace, List<Volser> volumes) {
        return new NewAlternateIndex(DataSetName.of(name), DataSetName.of(baseCluster), volumes, dataSpace, 4_096);
    }
}
