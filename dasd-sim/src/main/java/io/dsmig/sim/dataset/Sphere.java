package io.dsmig.sim.dataset;

import io.dsmig.sim.catalog.CatalogEntry;
import io.dsmig.sim.catalog.EntryType;
import io.dsmig.sim.name.DataSetName;
import java.util.ArrayList;
import java.util.List;

/**
 * A VSAM sphere: a base cluster, its components, its alternate indexes with their components, and the
 * paths over them — everything that must migrate together. Entries are catalog snapshots.
 */
public record Sphere(CatalogEntry base, List<CatalogEntry> members) {

    public Sphere {
        members = List.copyOf(members);
    }

    /** Every name in the sphere, the base cluster first. */
    public List<DataSetName> names() {
        List<DataSetName> names = new ArrayList<>();
        names.add(base.name());
        members.forEach(m -> names.add(m.name()));
        return names;
    }

    /** The DATA and INDEX components: the members that own space on volumes. */
    public List<CatalogEntry> components() {
        return members.stream().filter(m -> m.type().hasVolumes()).toList();
    }

    public List<CatalogEntry> alternateIndexes() {
        return members.stream().filter(m -> m.type() == EntryType.AIX).toList();
    }

    public List<CatalogEntry> paths() {
        return members.stream().filter(m -> m.type() == EntryType.PATH).toList();
    }

    /** Whether the sphere includes {@code name}. */
    public boolean contains(DataSetName name) {
        return base.name().equals(name) || members.stream().anyMatch(m -> m.name().equals(name));
    }
}
