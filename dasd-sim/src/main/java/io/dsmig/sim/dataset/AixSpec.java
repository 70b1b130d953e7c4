package io.dsmig.sim.dataset;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.space.SpaceRequest;
import java.util.List;

/** An alternate index to define over a base cluster: its name, base, volumes, data space and CI size. */
public record AixSpec(DataSetName name, DataSetName baseCluster, List<Volser> volumes, SpaceRequest dataSpace,
        int ciSize) {

    public AixSpec {
        volumes = List.copyOf(volumes);
        if (volumes.isEmpty()) {
            throw new IllegalArgumentException(name + ": name at least one volume");
        }
    }

    public static AixSpec of(String name, String baseCluster, SpaceRequest dataSpace, List<Volser> volumes) {
        return new AixSpec(DataSetName.of(name), DataSetName.of(baseCluster), volumes, dataSpace, 4_096);
    }
}
