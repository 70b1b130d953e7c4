package io.dsmig.sim.catalog;

import io.dsmig.sim.name.DataSetName;
import io.dsmig.sim.name.Volser;
import io.dsmig.sim.vsam.VsamType;
import java.util.List;

/**
 * One catalog record: a name, its type, its <em>volume cells</em> (the volumes holding space, in
 * volume-sequence order), candidate volumes that may receive space on extension, and its
 * associations (a cluster's components, a component's cluster, an AIX's base cluster and path).
 * Immutable, so a cache that holds one keeps serving exactly what it read.
 */
public record CatalogEntry(DataSetName name, EntryType type, List<Volser> volumes, List<Volser> candidates,
        List<DataSetName> associations, VsamType vsamType) {

    public CatalogEntry {
        volumes = List.copyOf(volumes);
        candidates = List.copyOf(candidates);
        associations = List.copyOf(associations);
        if (!type.hasVolumes() && !volumes.isEmpty()) {
            throw new IllegalArgumentException(name + ": a " + type + " entry has no volume cells");
        }
        if (volumes.size() + candidates.size() > io.dsmig.sim.volume.Dsorg.VOLUMES_MAX) {
            throw new IllegalArgumentException(name + ": more than " + io.dsmig.sim.volume.Dsorg.VOLUMES_MAX
                    + " volumes");
        }
    }

    /** A non-VSAM data set on these volumes. */
    public static CatalogEntry nonVsam(DataSetName name, List<Volser> volumes, List<Volser> candidates) {
        return new CatalogEntry(name, EntryType.NONVSAM, volumes, candidates, List.of(), null);
    }

    public CatalogEntry withVolumes(List<Volser> value) {
        return new CatalogEntry(name, type, value, candidates, associations, vsamType);
    }

    public CatalogEntry withCandidates(List<Volser> value) {
        return new CatalogEntry(name, type, volumes, value, associations, vsamType);
    }

    public CatalogEntry withName(DataSetName value) {
        return new CatalogEntry(value, type, volumes, candidates, associations, vsamType);
    }

    public CatalogEntry withAssociations(List<DataSetName> value) {
        return new CatalogEntry(name, type, volumes, candidates, value, vsamType);
    }

    /** The first association, or null: a component's cluster, an AIX's base cluster, a path's AIX. */
    public DataSetName owner() {
        return associations.isEmpty() ? null : associations.get(0);
    }
}
