package io.dsmig.sim.estate;

import io.dsmig.sim.name.DataSetName;
import java.util.List;

/**
 * What the estate generator made: the non-VSAM data sets and VSAM clusters it defined (in creation
 * order), the tracks it allocated and the fill it reached over the volumes it was given.
 */
public record Estate(List<DataSetName> dataSets, List<DataSetName> clusters, long allocatedTracks,
        long volumeTracks, double fillPercent) {

    public Estate {
        dataSets = List.copyOf(dataSets);
        clusters = List.copyOf(clusters);
    }

    public int size() {
        return dataSets.size() + clusters.size();
    }
}
